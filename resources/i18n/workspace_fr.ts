<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>workspace</name>
        <message>
            <source>a campaign needs a name</source>
            <translation>une campagne doit avoir un nom</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>unknown asset fields: {fields}</source>
            <translation>champs d'élément inconnus : {fields}</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <source>a sign-off needs the name of the person signing</source>
            <translation>une validation doit porter le nom de la personne qui signe</translation>
        </message>
        <message>
            <source>{field} must be one of {choices} (got “{value}”)</source>
            <translation>{field} doit valoir l'une de ces valeurs : {choices} (reçu « {value} »)</translation>
        </message>
        <message>
            <source>several campaigns are named “{name}”; use its id</source>
            <translation>plusieurs campagnes s'appellent « {name} » ; utilisez son identifiant</translation>
        </message>
        <message>
            <source>unknown job field {field}</source>
            <translation>champ de tâche inconnu {field}</translation>
        </message>
        <message>
            <source>Interrupted: Vitrine stopped while this job was waiting or running.</source>
            <translation>Interrompue : Vitrine s'est arrêté pendant que cette tâche attendait ou s'exécutait.</translation>
        </message>
    </context>
</TS>