<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>providers</name>
        <message>
            <source>no provider is available for {kind}</source>
            <translation>aucun fournisseur n'est disponible pour {kind}</translation>
        </message>
        <message>
            <source>unknown provider “{provider}” (known: {known})</source>
            <translation>fournisseur inconnu « {provider} » (connus : {known})</translation>
        </message>
    </context>
</TS>