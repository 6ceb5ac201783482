<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>cli</name>
        <message>
            <source>list, search and edit assets</source>
            <translation>lister, chercher et modifier les éléments</translation>
        </message>
        <message>
            <source>list the trash instead</source>
            <translation>lister la corbeille à la place</translation>
        </message>
        <message>
            <source>alt text (images)</source>
            <translation>texte alternatif (images)</translation>
        </message>
        <message>
            <source>new copy (text assets)</source>
            <translation>nouveau texte (éléments texte)</translation>
        </message>
        <message>
            <source>move an asset to the trash</source>
            <translation>mettre un élément à la corbeille</translation>
        </message>
        <message>
            <source>restore an asset from the trash</source>
            <translation>restaurer un élément depuis la corbeille</translation>
        </message>
        <message>
            <source>list a campaign's assets</source>
            <translation>lister les éléments d'une campagne</translation>
        </message>
        <message>
            <source>full-text search</source>
            <translation>recherche plein texte</translation>
        </message>
        <message>
            <source>show an asset and how it was made</source>
            <translation>afficher un élément et la façon dont il a été produit</translation>
        </message>
        <message>
            <source>edit an asset</source>
            <translation>modifier un élément</translation>
        </message>
        <message>
            <source>Moved to the trash: {id}</source>
            <translation>Mis à la corbeille : {id}</translation>
        </message>
        <message>
            <source>create and list campaigns</source>
            <translation>créer et lister les campagnes</translation>
        </message>
        <message>
            <source>brief as JSON or TOML</source>
            <translation>brief au format JSON ou TOML</translation>
        </message>
        <message>
            <source>include archived campaigns</source>
            <translation>inclure les campagnes archivées</translation>
        </message>
        <message>
            <source>move a campaign to the trash</source>
            <translation>mettre une campagne à la corbeille</translation>
        </message>
        <message>
            <source>restore a campaign from the trash</source>
            <translation>restaurer une campagne depuis la corbeille</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archivée</translation>
        </message>
        <message>
            <source>create a campaign</source>
            <translation>créer une campagne</translation>
        </message>
        <message>
            <source>list campaigns</source>
            <translation>lister les campagnes</translation>
        </message>
        <message>
            <source>show a campaign and its brief</source>
            <translation>afficher une campagne et son brief</translation>
        </message>
        <message>
            <source>change a campaign</source>
            <translation>modifier une campagne</translation>
        </message>
        <message>
            <source>assets: {n}</source>
            <translation>éléments : {n}</translation>
        </message>
        <message>
            <source>Moved to the trash: {name}</source>
            <translation>Mise à la corbeille : {name}</translation>
        </message>
        <message>
            <source>devices, memory, models found, providers reachable, keyring</source>
            <translation>appareils, mémoire, modèles trouvés, fournisseurs joignables, trousseau</translation>
        </message>
        <message>
            <source>the job history; re-run failed jobs</source>
            <translation>l'historique des tâches ; relancer les tâches échouées</translation>
        </message>
        <message>
            <source>list jobs</source>
            <translation>lister les tâches</translation>
        </message>
        <message>
            <source>run a failed or interrupted job again</source>
            <translation>relancer une tâche échouée ou interrompue</translation>
        </message>
        <message>
            <source>Vitrine: a studio for marketing campaigns. Without a command, opens the studio.</source>
            <translation>Vitrine : un studio pour les campagnes marketing. Sans commande, ouvre le studio.</translation>
        </message>
        <message>
            <source>workspace folder (default: VITRINE_WORKSPACE or the user data folder)</source>
            <translation>dossier de l'espace de travail (par défaut : VITRINE_WORKSPACE ou le dossier de données de l'utilisateur)</translation>
        </message>
        <message>
            <source>no network beyond this machine (loopback)</source>
            <translation>aucun réseau au-delà de cette machine (boucle locale)</translation>
        </message>
        <message>
            <source>print one JSON document on stdout</source>
            <translation>écrire un seul document JSON sur la sortie standard</translation>
        </message>
        <message>
            <source>generate images, text or audio</source>
            <translation>générer des images, du texte ou de l'audio</translation>
        </message>
        <message>
            <source>print one JSON document</source>
            <translation>écrire un seul document JSON</translation>
        </message>
        <message>
            <source>vitrine: {message}</source>
            <translation>vitrine : {message}</translation>
        </message>
        <message>
            <source>vitrine: error: {message}</source>
            <translation>vitrine : erreur : {message}</translation>
        </message>
        <message>
            <source>vitrine: interrupted</source>
            <translation>vitrine : interrompu</translation>
        </message>
        <message>
            <source>The job failed.</source>
            <translation>La tâche a échoué.</translation>
        </message>
        <message>
            <source>loading: {message}</source>
            <translation>chargement : {message}</translation>
        </message>
        <message>
            <source>backups, checks and the trash</source>
            <translation>sauvegardes, vérifications et corbeille</translation>
        </message>
        <message>
            <source>the backup to restore (default: the latest)</source>
            <translation>la sauvegarde à restaurer (par défaut : la plus récente)</translation>
        </message>
        <message>
            <source>put a backup in place of a damaged database</source>
            <translation>remplacer une base de données endommagée par une sauvegarde</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>Sauvegarde écrite : {path}</translation>
        </message>
        <message>
            <source>Restored the database from the backup: {path}</source>
            <translation>Base de données restaurée depuis la sauvegarde : {path}</translation>
        </message>
        <message>
            <source>Deleted for good: {n}</source>
            <translation>Supprimés définitivement : {n}</translation>
        </message>
        <message>
            <source>where the workspace is and what it holds</source>
            <translation>où se trouve l'espace de travail et ce qu'il contient</translation>
        </message>
        <message>
            <source>check the database and every file's hash</source>
            <translation>vérifier la base de données et l'empreinte de chaque fichier</translation>
        </message>
        <message>
            <source>back up the database now</source>
            <translation>sauvegarder la base de données maintenant</translation>
        </message>
        <message>
            <source>delete trashed assets for good</source>
            <translation>supprimer définitivement les éléments de la corbeille</translation>
        </message>
    </context>
</TS>