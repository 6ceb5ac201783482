<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>services</name>
        <message>
            <source>the brief file {path} must hold an object of brief keys</source>
            <translation>le fichier de brief {path} doit contenir un objet avec les clés du brief</translation>
        </message>
        <message>
            <source>unknown brief keys in {path}: {keys}</source>
            <translation>clés de brief inconnues dans {path} : {keys}</translation>
        </message>
        <message>
            <source>cannot read the brief file {path}: {reason}</source>
            <translation>impossible de lire le fichier de brief {path} : {reason}</translation>
        </message>
        <message>
            <source>the brief file {path} is neither valid JSON nor TOML ({reason})</source>
            <translation>le fichier de brief {path} n'est ni du JSON ni du TOML valide ({reason})</translation>
        </message>
        <message>
            <source>Job request</source>
            <translation>Requête de la tâche</translation>
        </message>
    </context>
</TS>