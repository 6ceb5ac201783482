<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>core</name>
        <message>
            <source>Something went wrong.</source>
            <translation>Une erreur s'est produite.</translation>
        </message>
        <message>
            <source>Invalid input: {what}</source>
            <translation>Saisie invalide : {what}</translation>
        </message>
        <message>
            <source>{what} not found: {ident}</source>
            <translation>{what} introuvable : {ident}</translation>
        </message>
        <message>
            <source>The workspace could not be used: {reason}</source>
            <translation>L'espace de travail est inutilisable : {reason}</translation>
        </message>
        <message>
            <source>The workspace folder {path} cannot be written to.</source>
            <translation>Impossible d'écrire dans le dossier de l'espace de travail {path}.</translation>
        </message>
        <message>
            <source>Check its permissions, or choose another folder with --workspace.</source>
            <translation>Vérifiez ses droits, ou choisissez un autre dossier avec --workspace.</translation>
        </message>
        <message>
            <source>This workspace was saved by a newer version of Vitrine (schema {found}; this version understands up to {supported}). It was left untouched.</source>
            <translation>Cet espace de travail a été enregistré par une version plus récente de Vitrine (schéma {found} ; cette version comprend jusqu'au schéma {supported}). Il n'a pas été modifié.</translation>
        </message>
        <message>
            <source>Update Vitrine to open it.</source>
            <translation>Mettez Vitrine à jour pour l'ouvrir.</translation>
        </message>
        <message>
            <source>The workspace database {path} is damaged and cannot be read.</source>
            <translation>La base de données de l'espace de travail {path} est endommagée et illisible.</translation>
        </message>
        <message>
            <source>The latest backup is {backup}: restore it with 'vitrine workspace restore'.</source>
            <translation>La sauvegarde la plus récente est {backup} : restaurez-la avec « vitrine workspace restore ».</translation>
        </message>
        <message>
            <source>The disk is full: {path} could not be written. Nothing was lost.</source>
            <translation>Le disque est plein : impossible d'écrire {path}. Rien n'a été perdu.</translation>
        </message>
        <message>
            <source>Free some space and try again.</source>
            <translation>Libérez de l'espace et réessayez.</translation>
        </message>
        <message>
            <source>This job was refused: {reason}</source>
            <translation>Cette tâche a été refusée : {reason}</translation>
        </message>
        <message>
            <source>Offline mode is on: {provider} needs the network and was not contacted.</source>
            <translation>Le mode hors ligne est activé : {provider} a besoin du réseau et n'a pas été contacté.</translation>
        </message>
        <message>
            <source>Use a local provider, or turn offline mode off.</source>
            <translation>Utilisez un fournisseur local, ou désactivez le mode hors ligne.</translation>
        </message>
        <message>
            <source>The campaign “{campaign}” is confidential: it is never sent to a cloud provider ({provider}).</source>
            <translation>La campagne « {campaign} » est confidentielle : elle n'est jamais envoyée à un fournisseur cloud ({provider}).</translation>
        </message>
        <message>
            <source>Use a local provider, or change the campaign's confidentiality.</source>
            <translation>Utilisez un fournisseur local, ou changez la confidentialité de la campagne.</translation>
        </message>
        <message>
            <source>The prompt contains personal data ({kinds}) and would be sent to a cloud provider ({provider}). Nothing was sent.</source>
            <translation>Le prompt contient des données personnelles ({kinds}) et serait envoyé à un fournisseur cloud ({provider}). Rien n'a été envoyé.</translation>
        </message>
        <message>
            <source>Remove it, choose redaction in the settings, or use a local provider.</source>
            <translation>Retirez-les, choisissez le masquage dans les réglages, ou utilisez un fournisseur local.</translation>
        </message>
        <message>
            <source>{provider} failed: {reason}</source>
            <translation>Échec de {provider} : {reason}</translation>
        </message>
        <message>
            <source>The model {model} was not found.</source>
            <translation>Le modèle {model} est introuvable.</translation>
        </message>
        <message>
            <source>Check the model library, import the model, or download it while online.</source>
            <translation>Vérifiez la bibliothèque de modèles, importez le modèle, ou téléchargez-le en ligne.</translation>
        </message>
        <message>
            <source>The model {model} cannot be loaded: {reason}</source>
            <translation>Impossible de charger le modèle {model} : {reason}</translation>
        </message>
        <message>
            <source>{model} is a pickled checkpoint (.ckpt/.bin/.pt), which can run code when loaded. Vitrine only loads .safetensors files.</source>
            <translation>{model} est un checkpoint « pickle » (.ckpt/.bin/.pt), qui peut exécuter du code à son chargement. Vitrine ne charge que des fichiers .safetensors.</translation>
        </message>
        <message>
            <source>Use the .safetensors version of this model.</source>
            <translation>Utilisez la version .safetensors de ce modèle.</translation>
        </message>
        <message>
            <source>{provider} refused the API key (401).</source>
            <translation>{provider} a refusé la clé d'API (401).</translation>
        </message>
        <message>
            <source>Check the key in Settings &gt; Providers.</source>
            <translation>Vérifiez la clé dans Réglages &gt; Fournisseurs.</translation>
        </message>
        <message>
            <source>{provider} is limiting requests (429) and still refused after {attempts} attempts.</source>
            <translation>{provider} limite les requêtes (429) et refuse toujours après {attempts} tentatives.</translation>
        </message>
        <message>
            <source>Wait a minute and retry the job.</source>
            <translation>Attendez une minute puis relancez la tâche.</translation>
        </message>
        <message>
            <source>{provider} had an internal error ({status}).</source>
            <translation>{provider} a rencontré une erreur interne ({status}).</translation>
        </message>
        <message>
            <source>Retry later; if it persists, check the service's status page.</source>
            <translation>Réessayez plus tard ; si l'erreur persiste, consultez la page d'état du service.</translation>
        </message>
        <message>
            <source>{provider} could not be reached: {reason}</source>
            <translation>{provider} est injoignable : {reason}</translation>
        </message>
        <message>
            <source>Check the network connection or the server address.</source>
            <translation>Vérifiez la connexion réseau ou l'adresse du serveur.</translation>
        </message>
        <message>
            <source>{provider} did not answer within {seconds} seconds.</source>
            <translation>{provider} n'a pas répondu dans les {seconds} secondes.</translation>
        </message>
        <message>
            <source>Retry, or raise the timeout in Settings &gt; Providers.</source>
            <translation>Réessayez, ou augmentez le délai dans Réglages &gt; Fournisseurs.</translation>
        </message>
        <message>
            <source>The device ran out of memory while running {model}.</source>
            <translation>L'appareil a manqué de mémoire en exécutant {model}.</translation>
        </message>
        <message>
            <source>Use a smaller size, or a lower memory mode in Settings &gt; Devices.</source>
            <translation>Choisissez une taille plus petite, ou un mode mémoire plus économe dans Réglages &gt; Appareils.</translation>
        </message>
        <message>
            <source>The model worker stopped unexpectedly ({reason}). This job failed; the studio and your work are safe.</source>
            <translation>Le processus des modèles s'est arrêté de façon inattendue ({reason}). Cette tâche a échoué ; le studio et votre travail sont intacts.</translation>
        </message>
        <message>
            <source>Retry the job: a fresh worker starts automatically.</source>
            <translation>Relancez la tâche : un nouveau processus démarre automatiquement.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>Export blocked: {count} item(s) of the checklist need attention.</source>
            <translation>Export bloqué : {count} point(s) de la liste de contrôle demandent votre attention.</translation>
        </message>
        <message>
            <source>Offline mode is on: the connection to {host} was not made.</source>
            <translation>Le mode hors ligne est activé : la connexion à {host} n'a pas été établie.</translation>
        </message>
        <message>
            <source>Turn offline mode off to use network providers.</source>
            <translation>Désactivez le mode hors ligne pour utiliser des fournisseurs en réseau.</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>Publique</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Interne</translation>
        </message>
        <message>
            <source>Confidential: never sent to a cloud provider</source>
            <translation>Confidentielle : jamais envoyée à un fournisseur cloud</translation>
        </message>
        <message>
            <source>Commercial</source>
            <translation>Commerciale</translation>
        </message>
        <message>
            <source>Non-commercial</source>
            <translation>Non commerciale</translation>
        </message>
        <message>
            <source>Google Ads</source>
            <translation>Google Ads</translation>
        </message>
        <message>
            <source>Meta ads</source>
            <translation>Publicités Meta</translation>
        </message>
        <message>
            <source>Instagram</source>
            <translation>Instagram</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <source>X (Twitter)</source>
            <translation>X (Twitter)</translation>
        </message>
        <message>
            <source>SEO title and description</source>
            <translation>Titre et description SEO</translation>
        </message>
        <message>
            <source>Newsletter</source>
            <translation>Newsletter</translation>
        </message>
        <message>
            <source>Product description</source>
            <translation>Fiche produit</translation>
        </message>
        <message>
            <source>Blog outline</source>
            <translation>Plan d'article de blog</translation>
        </message>
        <message>
            <source>Radio spot, 15 s</source>
            <translation>Spot radio, 15 s</translation>
        </message>
        <message>
            <source>Radio spot, 30 s</source>
            <translation>Spot radio, 30 s</translation>
        </message>
        <message>
            <source>Instagram square</source>
            <translation>Instagram carré</translation>
        </message>
        <message>
            <source>Instagram portrait</source>
            <translation>Instagram portrait</translation>
        </message>
        <message>
            <source>Story / Reel</source>
            <translation>Story / Reel</translation>
        </message>
        <message>
            <source>Facebook link</source>
            <translation>Lien Facebook</translation>
        </message>
        <message>
            <source>LinkedIn link</source>
            <translation>Lien LinkedIn</translation>
        </message>
        <message>
            <source>X post</source>
            <translation>Post X</translation>
        </message>
        <message>
            <source>YouTube thumbnail</source>
            <translation>Miniature YouTube</translation>
        </message>
        <message>
            <source>IAB medium rectangle 300×250</source>
            <translation>IAB pavé 300×250</translation>
        </message>
        <message>
            <source>IAB leaderboard 728×90</source>
            <translation>IAB bannière 728×90</translation>
        </message>
        <message>
            <source>IAB skyscraper 160×600</source>
            <translation>IAB gratte-ciel 160×600</translation>
        </message>
        <message>
            <source>IAB mobile banner 320×50</source>
            <translation>IAB bannière mobile 320×50</translation>
        </message>
        <message>
            <source>Print A4, 300 dpi</source>
            <translation>Impression A4, 300 dpi</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Allemand</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Espagnol</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italien</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Néerlandais</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>Portugais</translation>
        </message>
        <message>
            <source>RTE, Bilan électrique 2024 (French production)</source>
            <translation>RTE, Bilan électrique 2024 (production française)</translation>
        </message>
    </context>
</TS>