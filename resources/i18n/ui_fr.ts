<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>ui</name>
        <message>
            <source>Fact sheet</source>
            <translation>Fiche de faits</translation>
        </message>
        <message>
            <source>Add a fact</source>
            <translation>Ajouter un fait</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove the selected fact</source>
            <translation>Retirer le fait sélectionné</translation>
        </message>
        <message>
            <source>Palette</source>
            <translation>Palette</translation>
        </message>
        <message>
            <source>Not a colour code: {codes}</source>
            <translation>Code couleur invalide : {codes}</translation>
        </message>
        <message>
            <source>Campaign name</source>
            <translation>Nom de la campagne</translation>
        </message>
        <message>
            <source>Product or service</source>
            <translation>Produit ou service</translation>
        </message>
        <message>
            <source>What is promoted</source>
            <translation>Ce qui est promu</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Public cible</translation>
        </message>
        <message>
            <source>Who it is for</source>
            <translation>À qui elle s'adresse</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>What the campaign must achieve</source>
            <translation>Ce que la campagne doit accomplir</translation>
        </message>
        <message>
            <source>Key messages</source>
            <translation>Messages clés</translation>
        </message>
        <message>
            <source>One message per line</source>
            <translation>Un message par ligne</translation>
        </message>
        <message>
            <source>Brand voice</source>
            <translation>Ton de la marque</translation>
        </message>
        <message>
            <source>e.g. warm, precise, no jargon</source>
            <translation>p. ex. chaleureux, précis, sans jargon</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>Text channels</source>
            <translation>Canaux texte</translation>
        </message>
        <message>
            <source>Image formats</source>
            <translation>Formats d'image</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Confidentialité</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>Usage</translation>
        </message>
        <message>
            <source>Fonts</source>
            <translation>Polices</translation>
        </message>
        <message>
            <source>e.g. Inter, Playfair Display</source>
            <translation>p. ex. Inter, Playfair Display</translation>
        </message>
        <message>
            <source>Style words</source>
            <translation>Mots de style</translation>
        </message>
        <message>
            <source>e.g. sunlit, natural, airy</source>
            <translation>p. ex. ensoleillé, naturel, aérien</translation>
        </message>
        <message>
            <source>Negative prompt</source>
            <translation>Prompt négatif</translation>
        </message>
        <message>
            <source>What images must never show</source>
            <translation>Ce que les images ne doivent jamais montrer</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>A logo file (PNG or SVG)</source>
            <translation>Un fichier de logo (PNG ou SVG)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Choose a logo file</source>
            <translation>Choisir un fichier de logo</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Save brief</source>
            <translation>Enregistrer le brief</translation>
        </message>
        <message>
            <source>Only these claims may appear in copy; each needs its evidence.</source>
            <translation>Seules ces affirmations peuvent figurer dans les textes ; chacune doit avoir sa preuve.</translation>
        </message>
        <message>
            <source>Images (*.png *.svg *.jpg *.jpeg *.webp)</source>
            <translation>Images (*.png *.svg *.jpg *.jpeg *.webp)</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Affirmation</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Preuve</translation>
        </message>
        <message>
            <source>Brief</source>
            <translation>Brief</translation>
        </message>
        <message>
            <source>Brand kit</source>
            <translation>Kit de marque</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>New campaign</source>
            <translation>Nouvelle campagne</translation>
        </message>
        <message>
            <source>Filter campaigns</source>
            <translation>Filtrer les campagnes</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archiver</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>Afficher les archives</translation>
        </message>
        <message>
            <source>Unarchived: {name}</source>
            <translation>Désarchivée : {name}</translation>
        </message>
        <message>
            <source>Archived: {name}</source>
            <translation>Archivée : {name}</translation>
        </message>
        <message>
            <source>Unarchive</source>
            <translation>Désarchiver</translation>
        </message>
        <message>
            <source>Campaign rooms</source>
            <translation>Espaces de la campagne</translation>
        </message>
        <message>
            <source>No campaign yet</source>
            <translation>Aucune campagne pour l'instant</translation>
        </message>
        <message>
            <source>Create a campaign with “New campaign”: its brief, fact sheet and brand kit guide everything made here.</source>
            <translation>Créez une campagne avec « Nouvelle campagne » : son brief, sa fiche de faits et son kit de marque guident tout ce qui est produit ici.</translation>
        </message>
        <message>
            <source>Workspace: {path}</source>
            <translation>Espace de travail : {path}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Réglages</translation>
        </message>
        <message>
            <source>Offline mode</source>
            <translation>Mode hors ligne</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>About Vitrine</source>
            <translation>À propos de Vitrine</translation>
        </message>
        <message>
            <source>Brief saved.</source>
            <translation>Brief enregistré.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Système</translation>
        </message>
        <message>
            <source>Offline mode is on: nothing leaves this computer.</source>
            <translation>Mode hors ligne activé : rien ne quitte cet ordinateur.</translation>
        </message>
        <message>
            <source>Offline mode is off.</source>
            <translation>Mode hors ligne désactivé.</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Copy for every channel, grounded in the fact sheet, arrives here.</source>
            <translation>Les textes pour chaque canal, fondés sur la fiche de faits, arrivent ici.</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Images</translation>
        </message>
        <message>
            <source>Visuals in every channel format, made on this computer, arrive here.</source>
            <translation>Les visuels dans chaque format de canal, produits sur cet ordinateur, arrivent ici.</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <source>Voice-overs and jingles arrive here.</source>
            <translation>Les voix off et les jingles arrivent ici.</translation>
        </message>
        <message>
            <source>Vitrine {version}: a studio for marketing campaigns.</source>
            <translation>Vitrine {version} : un studio pour les campagnes marketing.</translation>
        </message>
        <message>
            <source>{n} job(s) were interrupted when Vitrine last stopped; they can be re-run from the queue.</source>
            <translation>{n} tâche(s) ont été interrompues au dernier arrêt de Vitrine ; vous pouvez les relancer depuis la file d'attente.</translation>
        </message>
        <message>
            <source>Choose another folder…</source>
            <translation>Choisir un autre dossier…</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>Restaurer la dernière sauvegarde</translation>
        </message>
        <message>
            <source>Choose a workspace folder</source>
            <translation>Choisir un dossier d'espace de travail</translation>
        </message>
    </context>
</TS>