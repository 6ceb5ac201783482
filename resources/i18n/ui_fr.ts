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
        <message>
            <source>This computer</source>
            <translation>Cet ordinateur</translation>
        </message>
        <message>
            <source>Local network</source>
            <translation>Réseau local</translation>
        </message>
        <message>
            <source>Cloud</source>
            <translation>Cloud</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Alt text</source>
            <translation>Texte alternatif</translation>
        </message>
        <message>
            <source>Describe the image for people who cannot see it</source>
            <translation>Décrivez l'image pour les personnes qui ne peuvent pas la voir</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>Transcription</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save the title and descriptions</source>
            <translation>Enregistrer le titre et les descriptions</translation>
        </message>
        <message>
            <source>{n} / {max} characters</source>
            <translation>{n} / {max} caractères</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Statut : {status}</translation>
        </message>
        <message>
            <source>Version {n}</source>
            <translation>Version {n}</translation>
        </message>
        <message>
            <source>Select one asset to see its details.</source>
            <translation>Sélectionnez un élément pour voir ses détails.</translation>
        </message>
        <message>
            <source>Size: {w}×{h} px</source>
            <translation>Taille : {w}×{h} px</translation>
        </message>
        <message>
            <source>Model: {model}</source>
            <translation>Modèle : {model}</translation>
        </message>
        <message>
            <source>Provider: {provider} ({where})</source>
            <translation>Fournisseur : {provider} ({where})</translation>
        </message>
        <message>
            <source>Licence: {licence}</source>
            <translation>Licence : {licence}</translation>
        </message>
        <message>
            <source>This image file cannot be read.</source>
            <translation>Ce fichier image est illisible.</translation>
        </message>
        <message>
            <source>Audio, {seconds} s</source>
            <translation>Audio, {seconds} s</translation>
        </message>
        <message>
            <source>Seed: {seed}</source>
            <translation>Graine : {seed}</translation>
        </message>
        <message>
            <source>estimated</source>
            <translation>estimée</translation>
        </message>
        <message>
            <source>measured</source>
            <translation>mesurée</translation>
        </message>
        <message>
            <source>Energy: {wh} Wh ({kind})</source>
            <translation>Énergie : {wh} Wh ({kind})</translation>
        </message>
        <message>
            <source>Prompt: {prompt}</source>
            <translation>Prompt : {prompt}</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approuver</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Rejeter</translation>
        </message>
        <message>
            <source>Search titles, prompts and copy</source>
            <translation>Chercher dans les titres, prompts et textes</translation>
        </message>
        <message>
            <source>Search assets</source>
            <translation>Chercher des éléments</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Where it ran</source>
            <translation>Lieu de calcul</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Assets</source>
            <translation>Éléments</translation>
        </message>
        <message>
            <source>Approve the selected assets</source>
            <translation>Approuver les éléments sélectionnés</translation>
        </message>
        <message>
            <source>Reject the selected assets</source>
            <translation>Rejeter les éléments sélectionnés</translation>
        </message>
        <message>
            <source>Compare two to four assets</source>
            <translation>Comparer deux à quatre éléments</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>Show the versions of an asset</source>
            <translation>Afficher les versions d'un élément</translation>
        </message>
        <message>
            <source>Move to trash</source>
            <translation>Mettre à la corbeille</translation>
        </message>
        <message>
            <source>Move the selected assets to the trash</source>
            <translation>Mettre les éléments sélectionnés à la corbeille</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Restore what was just moved to the trash</source>
            <translation>Restaurer ce qui vient d'être mis à la corbeille</translation>
        </message>
        <message>
            <source>Any model</source>
            <translation>Tous les modèles</translation>
        </message>
        <message>
            <source>{n} asset(s) moved to the trash. Undo with Ctrl+Z.</source>
            <translation>{n} élément(s) mis à la corbeille. Annulez avec Ctrl+Z.</translation>
        </message>
        <message>
            <source>{n} asset(s) restored.</source>
            <translation>{n} élément(s) restauré(s).</translation>
        </message>
        <message>
            <source>{n} version(s) of this asset. Change a filter to see all assets again.</source>
            <translation>{n} version(s) de cet élément. Changez un filtre pour revoir tous les éléments.</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>Brouillons</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approuvé</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejeté</translation>
        </message>
        <message>
            <source>Anywhere</source>
            <translation>Partout</translation>
        </message>
        <message>
            <source>Any channel</source>
            <translation>Tous les canaux</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>File d'attente</translation>
        </message>
        <message>
            <source>Gallery</source>
            <translation>Galerie</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Échec</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Interrompu</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Tâches</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel the selected job</source>
            <translation>Annuler la tâche sélectionnée</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Relancer</translation>
        </message>
        <message>
            <source>Run the selected job again</source>
            <translation>Relancer la tâche sélectionnée</translation>
        </message>
        <message>
            <source>Loading: {what}</source>
            <translation>Chargement : {what}</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Réglages…</translation>
        </message>
        <message>
            <source>Automatic (from the free memory)</source>
            <translation>Automatique (selon la mémoire libre)</translation>
        </message>
        <message>
            <source>Everything on the GPU (fastest)</source>
            <translation>Tout sur le GPU (le plus rapide)</translation>
        </message>
        <message>
            <source>Attention slicing</source>
            <translation>Découpage de l'attention</translation>
        </message>
        <message>
            <source>VAE tiling (large images)</source>
            <translation>VAE par tuiles (grandes images)</translation>
        </message>
        <message>
            <source>Model CPU offload (small cards)</source>
            <translation>Déchargement du modèle sur le CPU (petites cartes)</translation>
        </message>
        <message>
            <source>Sequential offload (smallest memory, slowest)</source>
            <translation>Déchargement séquentiel (mémoire minimale, le plus lent)</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <source>Processor (CPU)</source>
            <translation>Processeur (CPU)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Suivre le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>OpenAI-compatible server (Ollama, LM Studio, llama.cpp, vLLM…)</source>
            <translation>Serveur compatible OpenAI (Ollama, LM Studio, llama.cpp, vLLM…)</translation>
        </message>
        <message>
            <source>OpenAI (cloud)</source>
            <translation>OpenAI (cloud)</translation>
        </message>
        <message>
            <source>From the address</source>
            <translation>D'après l'adresse</translation>
        </message>
        <message>
            <source>Providers</source>
            <translation>Fournisseurs</translation>
        </message>
        <message>
            <source>Identifier</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Address (base URL)</source>
            <translation>Adresse (URL de base)</translation>
        </message>
        <message>
            <source>Where it runs</source>
            <translation>Lieu d'exécution</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clé d'API</translation>
        </message>
        <message>
            <source>Stored in the system keyring</source>
            <translation>Conservée dans le trousseau du système</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Remove the selected provider</source>
            <translation>Retirer le fournisseur sélectionné</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Offline mode: nothing leaves this computer</source>
            <translation>Mode hors ligne : rien ne quitte cet ordinateur</translation>
        </message>
        <message>
            <source>Personal data in a prompt for a cloud provider</source>
            <translation>Données personnelles dans un prompt destiné au cloud</translation>
        </message>
        <message>
            <source>Disclosure line</source>
            <translation>Mention de transparence</translation>
        </message>
        <message>
            <source>Default: a sentence saying the text was made with AI</source>
            <translation>Par défaut : une phrase indiquant que le texte a été produit avec l'IA</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Espace de travail</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Appareil</translation>
        </message>
        <message>
            <source>Memory mode</source>
            <translation>Mode mémoire</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Appareils</translation>
        </message>
        <message>
            <source>Grid carbon intensity</source>
            <translation>Intensité carbone du réseau électrique</translation>
        </message>
        <message>
            <source>Source of the figure</source>
            <translation>Source du chiffre</translation>
        </message>
        <message>
            <source>Used to turn the energy of each job into CO₂e in the review. Never turned into a claim.</source>
            <translation>Sert à convertir l'énergie de chaque tâche en CO₂e dans la revue. Jamais transformé en argument commercial.</translation>
        </message>
        <message>
            <source>Not reachable: {reason}</source>
            <translation>Injoignable : {reason}</translation>
        </message>
        <message>
            <source>Block the request</source>
            <translation>Bloquer la requête</translation>
        </message>
        <message>
            <source>Redact it, then send</source>
            <translation>Masquer les données, puis envoyer</translation>
        </message>
        <message>
            <source>Reachable, but the key was refused (401).</source>
            <translation>Joignable, mais la clé a été refusée (401).</translation>
        </message>
        <message>
            <source>Connected in {ms} ms. Models: {models}</source>
            <translation>Connecté en {ms} ms. Modèles : {models}</translation>
        </message>
        <message>
            <source>Web and social (−16 LUFS)</source>
            <translation>Web et réseaux sociaux (−16 LUFS)</translation>
        </message>
        <message>
            <source>Broadcast, EBU R128 (−23 LUFS)</source>
            <translation>Diffusion radio/TV, EBU R128 (−23 LUFS)</translation>
        </message>
        <message>
            <source>None: keep the level as made</source>
            <translation>Aucune : garder le niveau d'origine</translation>
        </message>
        <message>
            <source>Make a voice-over</source>
            <translation>Créer une voix off</translation>
        </message>
        <message>
            <source>Make music or a jingle</source>
            <translation>Créer une musique ou un jingle</translation>
        </message>
        <message>
            <source>Script of the voice-over</source>
            <translation>Texte de la voix off</translation>
        </message>
        <message>
            <source>Write what the voice says, one sentence a line if you like.</source>
            <translation>Écrivez ce que dit la voix, une phrase par ligne si vous voulez.</translation>
        </message>
        <message>
            <source>Text asset to use as the script</source>
            <translation>Texte de la campagne à utiliser comme script</translation>
        </message>
        <message>
            <source>Put the chosen text asset in the script</source>
            <translation>Mettre le texte choisi dans le script</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Voix</translation>
        </message>
        <message>
            <source>Speaking rate (1 = normal)</source>
            <translation>Débit de parole (1 = normal)</translation>
        </message>
        <message>
            <source>Pitch, from −1 to 1 (0 = the voice's own)</source>
            <translation>Hauteur, de −1 à 1 (0 = celle de la voix)</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Débit</translation>
        </message>
        <message>
            <source>Pitch</source>
            <translation>Hauteur</translation>
        </message>
        <message>
            <source>Describe the music</source>
            <translation>Décrivez la musique</translation>
        </message>
        <message>
            <source>For example: upbeat summer jingle, acoustic guitar and hand claps, 110 bpm</source>
            <translation>Par exemple : jingle d'été entraînant, guitare acoustique et claquements de mains, 110 bpm</translation>
        </message>
        <message>
            <source>Length of the music in seconds</source>
            <translation>Durée de la musique en secondes</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Graine</translation>
        </message>
        <message>
            <source>Keep this seed (otherwise each generation draws a new one)</source>
            <translation>Garder cette graine (sinon chaque génération en tire une nouvelle)</translation>
        </message>
        <message>
            <source>Music model</source>
            <translation>Modèle de musique</translation>
        </message>
        <message>
            <source>Add a folder that holds music models</source>
            <translation>Ajouter un dossier contenant des modèles de musique</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Mixing</source>
            <translation>Mixage</translation>
        </message>
        <message>
            <source>Music bed under the voice</source>
            <translation>Fond musical sous la voix</translation>
        </message>
        <message>
            <source>How far the bed goes down under the voice</source>
            <translation>De combien le fond musical baisse sous la voix</translation>
        </message>
        <message>
            <source>Loudness target</source>
            <translation>Cible de sonie</translation>
        </message>
        <message>
            <source>File format</source>
            <translation>Format de fichier</translation>
        </message>
        <message>
            <source>Bed</source>
            <translation>Fond musical</translation>
        </message>
        <message>
            <source>Ducking</source>
            <translation>Atténuation</translation>
        </message>
        <message>
            <source>Loudness</source>
            <translation>Sonie</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Generate (Ctrl+Enter)</source>
            <translation>Générer (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Cancel the job (Esc)</source>
            <translation>Annuler la tâche (Échap)</translation>
        </message>
        <message>
            <source>Progress of the job</source>
            <translation>Avancement de la tâche</translation>
        </message>
        <message>
            <source>{chars} characters, about {seconds} s spoken</source>
            <translation>{chars} caractères, environ {seconds} s à l'oral</translation>
        </message>
        <message>
            <source>Use a text asset as script…</source>
            <translation>Utiliser un texte de la campagne comme script…</translation>
        </message>
        <message>
            <source>No bed</source>
            <translation>Pas de fond musical</translation>
        </message>
        <message>
            <source>Linked to the text asset: {label}</source>
            <translation>Lié au texte : {label}</translation>
        </message>
        <message>
            <source>Looking for voices…</source>
            <translation>Recherche des voix…</translation>
        </message>
        <message>
            <source>Automatic: the campaign's language</source>
            <translation>Automatique : la langue de la campagne</translation>
        </message>
        <message>
            <source>Looking for music models…</source>
            <translation>Recherche des modèles de musique…</translation>
        </message>
        <message>
            <source>No music model was found on this computer. Add the folder that holds one (MusicGen, Stable Audio Open or AudioLDM 2).</source>
            <translation>Aucun modèle de musique n'a été trouvé sur cet ordinateur. Ajoutez le dossier qui en contient un (MusicGen, Stable Audio Open ou AudioLDM 2).</translation>
        </message>
        <message>
            <source>Folder of music models</source>
            <translation>Dossier de modèles de musique</translation>
        </message>
        <message>
            <source>Waiting to start…</source>
            <translation>En attente de démarrage…</translation>
        </message>
        <message>
            <source>Generating…</source>
            <translation>Génération…</translation>
        </message>
        <message>
            <source>Voice-over</source>
            <translation>Voix off</translation>
        </message>
        <message>
            <source>Music or jingle</source>
            <translation>Musique ou jingle</translation>
        </message>
        <message>
            <source>Script</source>
            <translation>Script</translation>
        </message>
        <message>
            <source>Use as script</source>
            <translation>Utiliser comme script</translation>
        </message>
        <message>
            <source>Music prompt</source>
            <translation>Description de la musique</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <source>Add a model folder…</source>
            <translation>Ajouter un dossier de modèles…</translation>
        </message>
        <message>
            <source>No music model found</source>
            <translation>Aucun modèle de musique trouvé</translation>
        </message>
        <message>
            <source>Done: the result is selected on the right.</source>
            <translation>Terminé : le résultat est sélectionné à droite.</translation>
        </message>
        <message>
            <source>Describe the music first: the prompt is empty.</source>
            <translation>Décrivez d'abord la musique : la description est vide.</translation>
        </message>
        <message>
            <source>Mixing and saving…</source>
            <translation>Mixage et enregistrement…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was kept.</source>
            <translation>Annulé : rien n'a été conservé.</translation>
        </message>
        <message>
            <source>Failed: see the message below.</source>
            <translation>Échec : voir le message ci-dessous.</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Lire</translation>
        </message>
        <message>
            <source>Play or pause the selected result</source>
            <translation>Lire ou mettre en pause le résultat sélectionné</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Stop playback</source>
            <translation>Arrêter la lecture</translation>
        </message>
        <message>
            <source>Playback position</source>
            <translation>Position de lecture</translation>
        </message>
        <message>
            <source>Playback time</source>
            <translation>Temps de lecture</translation>
        </message>
        <message>
            <source>No sound output was found on this computer: playback runs silently. Connect speakers or headphones to listen.</source>
            <translation>Aucune sortie audio n'a été trouvée sur cet ordinateur : la lecture se fait en silence. Branchez des haut-parleurs ou un casque pour écouter.</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>This file cannot be played: {reason}</source>
            <translation>Ce fichier ne peut pas être lu : {reason}</translation>
        </message>
        <message>
            <source>Voice-overs and jingles of this campaign</source>
            <translation>Voix off et jingles de cette campagne</translation>
        </message>
        <message>
            <source>No voice-over or jingle yet</source>
            <translation>Pas encore de voix off ni de jingle</translation>
        </message>
        <message>
            <source>Write a script (or use one of the campaign's radio scripts), choose a voice and press Generate (Ctrl+Enter). For a jingle, switch to “Music or jingle”.</source>
            <translation>Écrivez un script (ou utilisez l'un des scripts radio de la campagne), choisissez une voix et cliquez sur Générer (Ctrl+Entrée). Pour un jingle, passez à « Musique ou jingle ».</translation>
        </message>
        <message>
            <source>Waveform of the selected result</source>
            <translation>Forme d'onde du résultat sélectionné</translation>
        </message>
        <message>
            <source>Approve the selected result (Ctrl+Shift+A)</source>
            <translation>Approuver le résultat sélectionné (Ctrl+Maj+A)</translation>
        </message>
        <message>
            <source>Reject the selected result (Ctrl+Shift+R)</source>
            <translation>Rejeter le résultat sélectionné (Ctrl+Maj+R)</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>{rate} Hz</source>
            <translation>{rate} Hz</translation>
        </message>
        <message>
            <source>{lufs} LUFS</source>
            <translation>{lufs} LUFS</translation>
        </message>
        <message>
            <source>Cancelled before the end: this result is partial.</source>
            <translation>Annulé avant la fin : ce résultat est partiel.</translation>
        </message>
        <message>
            <source>Approved.</source>
            <translation>Approuvé.</translation>
        </message>
        <message>
            <source>Rejected.</source>
            <translation>Rejeté.</translation>
        </message>
        <message>
            <source>Longer than the channel allows: {duration} s for {limit} s.</source>
            <translation>Plus long que ce que le canal permet : {duration} s pour {limit} s.</translation>
        </message>
        <message>
            <source>commercial use allowed</source>
            <translation>usage commercial autorisé</translation>
        </message>
        <message>
            <source>commercial use under conditions</source>
            <translation>usage commercial sous conditions</translation>
        </message>
        <message>
            <source>non-commercial use only</source>
            <translation>usage non commercial uniquement</translation>
        </message>
        <message>
            <source>licence unknown</source>
            <translation>licence inconnue</translation>
        </message>
        <message>
            <source>local model</source>
            <translation>modèle local</translation>
        </message>
        <message>
            <source>{voice} — {engine}, {where}</source>
            <translation>{voice} — {engine}, {where}</translation>
        </message>
        <message>
            <source>{model} — {licence}, {use}</source>
            <translation>{model} — {licence}, {use}</translation>
        </message>
        <message>
            <source>{title} ({seconds} s)</source>
            <translation>{title} ({seconds} s)</translation>
        </message>
        <message>
            <source>in the cloud</source>
            <translation>dans le cloud</translation>
        </message>
        <message>
            <source>on this computer</source>
            <translation>sur cet ordinateur</translation>
        </message>
        <message>
            <source>over a bed</source>
            <translation>sur un fond musical</translation>
        </message>
        <message>
            <source>The job could not be started: {reason}</source>
            <translation>La tâche n'a pas pu démarrer : {reason}</translation>
        </message>
        <message>
            <source>Something went wrong ({error}). Your work is saved; details are in the log.</source>
            <translation>Une erreur s'est produite ({error}). Votre travail est enregistré ; les détails sont dans le journal.</translation>
        </message>
    </context>
</TS>