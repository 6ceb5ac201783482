<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>jobs</name>
        <message>
            <source>The results could not be saved: {reason}</source>
            <translation>Les résultats n'ont pas pu être enregistrés : {reason}</translation>
        </message>
    </context>
</TS>