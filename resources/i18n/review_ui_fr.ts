<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>review_ui</name>
        <message>
            <source>Choose the folder to create for the bundle.</source>
            <translation>Choisissez le dossier à créer pour le lot.</translation>
        </message>
        <message>
            <source>{path} is a file: choose a new folder for the bundle.</source>
            <translation>{path} est un fichier : choisissez un nouveau dossier pour le lot.</translation>
        </message>
        <message>
            <source>{path} already exists and is not empty: choose a new folder for the bundle (the export never writes into an existing one).</source>
            <translation>{path} existe déjà et n'est pas vide : choisissez un nouveau dossier pour le lot (l'export n'écrit jamais dans un dossier existant).</translation>
        </message>
        <message>
            <source>Exported {n} asset(s) to {path}</source>
            <translation>{n} ressource(s) exportée(s) dans {path}</translation>
        </message>
        <message>
            <source>Export “{campaign}”</source>
            <translation>Exporter « {campaign} »</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>Avancement de l'export</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Ouvrir le dossier</translation>
        </message>
        <message>
            <source>Open the bundle's folder</source>
            <translation>Ouvrir le dossier du lot</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Bundle folder to create</source>
            <translation>Dossier du lot à créer</translation>
        </message>
        <message>
            <source>The export creates this folder; it must not exist yet or be empty.</source>
            <translation>L'export crée ce dossier ; il ne doit pas encore exister, ou être vide.</translation>
        </message>
        <message>
            <source>Choose where to create the bundle</source>
            <translation>Choisir où créer le lot</translation>
        </message>
        <message>
            <source>Formats</source>
            <translation>Formats</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Vérifier à nouveau</translation>
        </message>
        <message>
            <source>Run the checklist again</source>
            <translation>Repasser la liste de contrôle</translation>
        </message>
        <message>
            <source>Where to create the bundle</source>
            <translation>Où créer le lot</translation>
        </message>
        <message>
            <source>Checking the approved assets…</source>
            <translation>Vérification des ressources approuvées…</translation>
        </message>
        <message>
            <source>Show in the review</source>
            <translation>Voir dans la revue</translation>
        </message>
        <message>
            <source>Show “{item}” in the review</source>
            <translation>Voir « {item} » dans la revue</translation>
        </message>
        <message>
            <source>Preparing the export…</source>
            <translation>Préparation de l'export…</translation>
        </message>
        <message>
            <source>To publish: provenance and the AI disclosure on every file; no prompt, seed or internal note anywhere.</source>
            <translation>Pour publier : la provenance et la mention IA sur chaque fichier ; aucun prompt, aucune graine, aucune note interne nulle part.</translation>
        </message>
        <message>
            <source>For the team's archive: the full recipe (prompts, seeds, settings, notes). Do not publish it.</source>
            <translation>Pour les archives de l'équipe : la recette complète (prompts, graines, réglages, notes). À ne pas publier.</translation>
        </message>
        <message>
            <source>Image format</source>
            <translation>Format des images</translation>
        </message>
        <message>
            <source>Audio format</source>
            <translation>Format audio</translation>
        </message>
        <message>
            <source>Text format</source>
            <translation>Format des textes</translation>
        </message>
        <message>
            <source>Cancel export</source>
            <translation>Annuler l'export</translation>
        </message>
        <message>
            <source>Nothing to export yet: approve assets in the gallery first (an export takes only approved assets).</source>
            <translation>Rien à exporter pour l'instant : approuvez d'abord des ressources dans la galerie (un export ne prend que les ressources approuvées).</translation>
        </message>
        <message>
            <source>Written {name} ({done} of {total})</source>
            <translation>{name} écrit ({done} sur {total})</translation>
        </message>
        <message>
            <source>Writing the report and the manifest…</source>
            <translation>Écriture du rapport et du manifeste…</translation>
        </message>
        <message>
            <source>Export cancelled: nothing was written.</source>
            <translation>Export annulé : rien n'a été écrit.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>Export blocked: {n} item(s) of the checklist need attention.</source>
            <translation>Export bloqué : {n} point(s) de la liste de contrôle demandent votre attention.</translation>
        </message>
        <message>
            <source>Nothing blocks the export of {n} approved asset(s).</source>
            <translation>Rien ne bloque l'export de {n} ressource(s) approuvée(s).</translation>
        </message>
        <message>
            <source>Plain text</source>
            <translation>Texte brut</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Revue</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Choose or create a campaign first.</source>
            <translation>Choisissez ou créez d'abord une campagne.</translation>
        </message>
        <message>
            <source>Nothing blocks an export of these assets.</source>
            <translation>Rien ne bloque l'export de ces ressources.</translation>
        </message>
        <message>
            <source>Show drafts too</source>
            <translation>Montrer aussi les brouillons</translation>
        </message>
        <message>
            <source>Every asset not rejected: see problems early</source>
            <translation>Toutes les ressources non rejetées : voir les problèmes tôt</translation>
        </message>
        <message>
            <source>What an export takes (approved only)</source>
            <translation>Ce que prend un export (approuvées seulement)</translation>
        </message>
        <message>
            <source>Only the approved assets, checked as an export checks them</source>
            <translation>Seulement les ressources approuvées, vérifiées comme un export les vérifie</translation>
        </message>
        <message>
            <source>Run the checklist again (F5)</source>
            <translation>Repasser la liste de contrôle (F5)</translation>
        </message>
        <message>
            <source>Export the campaign</source>
            <translation>Exporter la campagne</translation>
        </message>
        <message>
            <source>Export the approved assets as a bundle (Ctrl+E)</source>
            <translation>Exporter les ressources approuvées en un lot (Ctrl+E)</translation>
        </message>
        <message>
            <source>Checklist items</source>
            <translation>Points de la liste de contrôle</translation>
        </message>
        <message>
            <source>Export blocked: {n} item(s) need attention.</source>
            <translation>Export bloqué : {n} point(s) demandent votre attention.</translation>
        </message>
        <message>
            <source>(draft)</source>
            <translation>(brouillon)</translation>
        </message>
        <message>
            <source>No approved asset yet: an export takes only approved assets (approve them in the gallery).</source>
            <translation>Aucune ressource approuvée pour l'instant : un export ne prend que les ressources approuvées (approuvez-les dans la galerie).</translation>
        </message>
        <message>
            <source>Nothing to review yet: make copy, images or audio for this campaign first.</source>
            <translation>Rien à revoir pour l'instant : créez d'abord des textes, des images ou de l'audio pour cette campagne.</translation>
        </message>
        <message>
            <source>Signed off by {name}.</source>
            <translation>Validé par {name}.</translation>
        </message>
        <message>
            <source>(rejected)</source>
            <translation>(rejetée)</translation>
        </message>
        <message>
            <source>prompt</source>
            <translation>prompt</translation>
        </message>
        <message>
            <source>system prompt</source>
            <translation>prompt système</translation>
        </message>
        <message>
            <source>script</source>
            <translation>script</translation>
        </message>
        <message>
            <source>music prompt</source>
            <translation>prompt musical</translation>
        </message>
        <message>
            <source>lyrics</source>
            <translation>paroles</translation>
        </message>
        <message>
            <source>image</source>
            <translation>image</translation>
        </message>
        <message>
            <source>Energy (Wh)</source>
            <translation>Énergie (Wh)</translation>
        </message>
        <message>
            <source>CO₂e (g)</source>
            <translation>CO₂e (g)</translation>
        </message>
        <message>
            <source>Figure shown</source>
            <translation>Grandeur affichée</translation>
        </message>
        <message>
            <source>By asset kind</source>
            <translation>Par type de ressource</translation>
        </message>
        <message>
            <source>By provider</source>
            <translation>Par fournisseur</translation>
        </message>
        <message>
            <source>Footprint of each asset</source>
            <translation>Empreinte de chaque ressource</translation>
        </message>
        <message>
            <source>Campaign: {wh} Wh, {co2} g CO₂e ({label}).</source>
            <translation>Campagne : {wh} Wh, {co2} g CO₂e ({label}).</translation>
        </message>
        <message>
            <source>Data flows of each asset</source>
            <translation>Flux de données de chaque ressource</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>Grid intensity: {grid} g CO₂e/kWh ({source}).</source>
            <translation>Intensité carbone du réseau : {grid} g CO₂e/kWh ({source}).</translation>
        </message>
        <message>
            <source>What was sent</source>
            <translation>Ce qui a été envoyé</translation>
        </message>
        <message>
            <source>nothing but the request</source>
            <translation>rien d'autre que la requête</translation>
        </message>
        <message>
            <source>Passes</source>
            <translation>Conforme</translation>
        </message>
        <message>
            <source>Needs sign-off</source>
            <translation>À valider</translation>
        </message>
        <message>
            <source>Blocks</source>
            <translation>Bloquant</translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>Validé</translation>
        </message>
        <message>
            <source>Assets this item concerns</source>
            <translation>Ressources concernées par ce point</translation>
        </message>
        <message>
            <source>Click an asset to open it in the gallery</source>
            <translation>Cliquez sur une ressource pour l'ouvrir dans la galerie</translation>
        </message>
        <message>
            <source>Sign off…</source>
            <translation>Valider…</translation>
        </message>
        <message>
            <source>Sign this item off</source>
            <translation>Valider ce point</translation>
        </message>
        <message>
            <source>Sign-offs of this item</source>
            <translation>Validations de ce point</translation>
        </message>
        <message>
            <source>Assets concerned</source>
            <translation>Ressources concernées</translation>
        </message>
        <message>
            <source>Sign off “{item}”</source>
            <translation>Valider « {item} »</translation>
        </message>
        <message>
            <source>Your full name</source>
            <translation>Vos prénom et nom</translation>
        </message>
        <message>
            <source>Who signs</source>
            <translation>Qui valide</translation>
        </message>
        <message>
            <source>Why it is fine: what you checked, with whom</source>
            <translation>Pourquoi c'est acceptable : ce que vous avez vérifié, avec qui</translation>
        </message>
        <message>
            <source>What the sign-off covers</source>
            <translation>Ce que couvre la validation</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Couvre</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Valider</translation>
        </message>
        <message>
            <source>What the check found</source>
            <translation>Ce que le contrôle a trouvé</translation>
        </message>
        <message>
            <source>Signed off by</source>
            <translation>Validé par</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Choose an item of the checklist</source>
            <translation>Choisissez un point de la liste de contrôle</translation>
        </message>
        <message>
            <source>A sign-off cannot clear this item: fix what it reports.</source>
            <translation>Une validation ne peut pas lever ce point : corrigez ce qu'il signale.</translation>
        </message>
        <message>
            <source>A named person takes responsibility for each asset this item concerns.</source>
            <translation>Une personne nommée prend la responsabilité de chaque ressource concernée par ce point.</translation>
        </message>
        <message>
            <source>The campaign</source>
            <translation>La campagne</translation>
        </message>
        <message>
            <source>Everything this item concerns now ({n})</source>
            <translation>Tout ce que ce point concerne maintenant ({n})</translation>
        </message>
        <message>
            <source>Write the name of the person signing.</source>
            <translation>Écrivez le nom de la personne qui valide.</translation>
        </message>
        <message>
            <source>Write a note saying why it is fine.</source>
            <translation>Écrivez une note qui dit pourquoi c'est acceptable.</translation>
        </message>
        <message>
            <source>Open in the gallery</source>
            <translation>Ouvrir dans la galerie</translation>
        </message>
        <message>
            <source>Stale: the asset changed since; sign again</source>
            <translation>Périmée : la ressource a changé depuis ; validez à nouveau</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valable</translation>
        </message>
        <message>
            <source>(signed off)</source>
            <translation>(validée)</translation>
        </message>
    </context>
</TS>