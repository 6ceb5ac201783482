<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>image_pane</name>
        <message>
            <source>Models…</source>
            <translation>Modèles…</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Famille</translation>
        </message>
        <message>
            <source>Found in</source>
            <translation>Trouvé dans</translation>
        </message>
        <message>
            <source>Hugging Face cache</source>
            <translation>Cache Hugging Face</translation>
        </message>
        <message>
            <source>Vitrine</source>
            <translation>Vitrine</translation>
        </message>
        <message>
            <source>your folders</source>
            <translation>vos dossiers</translation>
        </message>
        <message>
            <source>{n} model(s) found.</source>
            <translation>{n} modèle(s) trouvé(s).</translation>
        </message>
        <message>
            <source>Models found on this computer</source>
            <translation>Modèles trouvés sur cet ordinateur</translation>
        </message>
        <message>
            <source>Import a file…</source>
            <translation>Importer un fichier…</translation>
        </message>
        <message>
            <source>Import a .safetensors model file</source>
            <translation>Importer un fichier de modèle .safetensors</translation>
        </message>
        <message>
            <source>Import a folder…</source>
            <translation>Importer un dossier…</translation>
        </message>
        <message>
            <source>Import a diffusers model folder</source>
            <translation>Importer un dossier de modèle diffusers</translation>
        </message>
        <message>
            <source>Use by default</source>
            <translation>Utiliser par défaut</translation>
        </message>
        <message>
            <source>Use the selected model by default</source>
            <translation>Utiliser par défaut le modèle sélectionné</translation>
        </message>
        <message>
            <source>Search again</source>
            <translation>Chercher à nouveau</translation>
        </message>
        <message>
            <source>Search the model folders again</source>
            <translation>Chercher à nouveau dans les dossiers de modèles</translation>
        </message>
        <message>
            <source>Hugging Face Hub id</source>
            <translation>Identifiant sur le Hub Hugging Face</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Télécharger</translation>
        </message>
        <message>
            <source>Download the model from the Hugging Face Hub</source>
            <translation>Télécharger le modèle depuis le Hub Hugging Face</translation>
        </message>
        <message>
            <source>Cancel the download</source>
            <translation>Annuler le téléchargement</translation>
        </message>
        <message>
            <source>Download progress</source>
            <translation>Progression du téléchargement</translation>
        </message>
        <message>
            <source>Folders searched for models</source>
            <translation>Dossiers où chercher des modèles</translation>
        </message>
        <message>
            <source>Add a folder…</source>
            <translation>Ajouter un dossier…</translation>
        </message>
        <message>
            <source>Add a folder to search for models</source>
            <translation>Ajouter un dossier où chercher des modèles</translation>
        </message>
        <message>
            <source>Remove the selected folder from the list</source>
            <translation>Retirer de la liste le dossier sélectionné</translation>
        </message>
        <message>
            <source>Also searched: the Hugging Face cache, and the model folders of A1111, Forge, ComfyUI, InvokeAI and Fooocus.</source>
            <translation>Sont aussi parcourus : le cache Hugging Face et les dossiers de modèles d’A1111, Forge, ComfyUI, InvokeAI et Fooocus.</translation>
        </message>
        <message>
            <source>Looking for models on this computer…</source>
            <translation>Recherche des modèles sur cet ordinateur…</translation>
        </message>
        <message>
            <source>No model found. Import a file or folder, add one of your folders below, or download a model from the Hub.</source>
            <translation>Aucun modèle trouvé. Importez un fichier ou un dossier, ajoutez l’un de vos dossiers ci-dessous, ou téléchargez un modèle depuis le Hub.</translation>
        </message>
        <message>
            <source>Import a model file</source>
            <translation>Importer un fichier de modèle</translation>
        </message>
        <message>
            <source>Models (*.safetensors)</source>
            <translation>Modèles (*.safetensors)</translation>
        </message>
        <message>
            <source>Import a model folder</source>
            <translation>Importer un dossier de modèle</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>Import de {name}…</translation>
        </message>
        <message>
            <source>{name} imported ({licence}).</source>
            <translation>{name} importé ({licence}).</translation>
        </message>
        <message>
            <source>Asking the Hub for {repo}…</source>
            <translation>Demande de {repo} au Hub…</translation>
        </message>
        <message>
            <source>{done} of {total} MB · {file}</source>
            <translation>{done} Mo sur {total} · {file}</translation>
        </message>
        <message>
            <source>Add a model folder</source>
            <translation>Ajouter un dossier de modèles</translation>
        </message>
        <message>
            <source>Download from the Hugging Face Hub</source>
            <translation>Télécharger depuis le Hub Hugging Face</translation>
        </message>
        <message>
            <source>Your model folders</source>
            <translation>Vos dossiers de modèles</translation>
        </message>
        <message>
            <source>{n} pickled checkpoint(s) refused: they can run code when loaded; use their .safetensors version.</source>
            <translation>{n} checkpoint(s) pickle refusé(s) : ils peuvent exécuter du code au chargement ; utilisez leur version .safetensors.</translation>
        </message>
        <message>
            <source>Download cancelled. What was downloaded is kept: it continues from there next time.</source>
            <translation>Téléchargement annulé. Ce qui a été téléchargé est conservé : il reprendra de là la prochaine fois.</translation>
        </message>
        <message>
            <source>The model folders could not be read: {reason}</source>
            <translation>Les dossiers de modèles n’ont pas pu être lus : {reason}</translation>
        </message>
        <message>
            <source>The import failed: {reason}</source>
            <translation>L’import a échoué : {reason}</translation>
        </message>
        <message>
            <source>Type the id of a model on the Hub, such as stabilityai/sdxl-turbo.</source>
            <translation>Saisissez l’identifiant d’un modèle du Hub, par exemple stabilityai/sdxl-turbo.</translation>
        </message>
        <message>
            <source>{name} downloaded ({licence}, {commercial}).</source>
            <translation>{name} téléchargé ({licence}, {commercial}).</translation>
        </message>
        <message>
            <source>The download failed: {reason}</source>
            <translation>Le téléchargement a échoué : {reason}</translation>
        </message>
        <message>
            <source>Describe the image: subject, setting, light, style…</source>
            <translation>Décrivez l’image : sujet, décor, lumière, style…</translation>
        </message>
        <message>
            <source>What the image must not show</source>
            <translation>Ce que l’image ne doit pas montrer</translation>
        </message>
        <message>
            <source>Use the brand's negative prompt</source>
            <translation>Utiliser le prompt négatif de la marque</translation>
        </message>
        <message>
            <source>Number of images</source>
            <translation>Nombre d’images</translation>
        </message>
        <message>
            <source>Init image</source>
            <translation>Image de départ</translation>
        </message>
        <message>
            <source>Optional: start from an image (image to image).</source>
            <translation>Facultatif : partir d’une image (image vers image).</translation>
        </message>
        <message>
            <source>Mask</source>
            <translation>Masque</translation>
        </message>
        <message>
            <source>Optional: white = repaint, black = keep (inpainting).</source>
            <translation>Facultatif : blanc = repeindre, noir = garder (inpainting).</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Intensité</translation>
        </message>
        <message>
            <source>How much to change the init image: low keeps it, 1 repaints everything</source>
            <translation>À quel point modifier l’image de départ : bas la garde, 1 repeint tout</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Annuler (Échap)</translation>
        </message>
        <message>
            <source>Previews appear here while an image is made.</source>
            <translation>Les aperçus s’affichent ici pendant la création d’une image.</translation>
        </message>
        <message>
            <source>Live preview</source>
            <translation>Aperçu en direct</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Ready.</source>
            <translation>Prêt.</translation>
        </message>
        <message>
            <source>Inpainting: the white part of the mask is repainted.</source>
            <translation>Inpainting : la partie blanche du masque est repeinte.</translation>
        </message>
        <message>
            <source>Waiting for the worker…</source>
            <translation>En attente du processus de calcul…</translation>
        </message>
        <message>
            <source>{n} image(s) made · seed {seed}</source>
            <translation>{n} image(s) créée(s) · graine {seed}</translation>
        </message>
        <message>
            <source>Start from an image</source>
            <translation>Partir d’une image</translation>
        </message>
        <message>
            <source>Image to image: the init image is reworked.</source>
            <translation>Image vers image : l’image de départ est retravaillée.</translation>
        </message>
        <message>
            <source>Write a prompt first: describe the image you want.</source>
            <translation>Écrivez d’abord un prompt : décrivez l’image voulue.</translation>
        </message>
        <message>
            <source>A mask needs an init image: add one, or clear the mask.</source>
            <translation>Un masque a besoin d’une image de départ : ajoutez-en une, ou effacez le masque.</translation>
        </message>
        <message>
            <source>Choose a model first. None was found on this computer: import or download one in Models…</source>
            <translation>Choisissez d’abord un modèle. Aucun n’a été trouvé sur cet ordinateur : importez-en ou téléchargez-en un dans Modèles…</translation>
        </message>
        <message>
            <source>A mask needs an init image.</source>
            <translation>Un masque a besoin d’une image de départ.</translation>
        </message>
        <message>
            <source>Text to image.</source>
            <translation>Texte vers image.</translation>
        </message>
        <message>
            <source>Step {step} of {total}</source>
            <translation>Étape {step} sur {total}</translation>
        </message>
        <message>
            <source>Failed: see the message above.</source>
            <translation>Échec : voir le message ci-dessus.</translation>
        </message>
        <message>
            <source>Interrupted: run it again from the queue.</source>
            <translation>Interrompu : relancez-le depuis la file d’attente.</translation>
        </message>
        <message>
            <source>Drop an image file here</source>
            <translation>Déposez un fichier image ici</translation>
        </message>
        <message>
            <source>Choose the file: {what}</source>
            <translation>Choisir le fichier : {what}</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Clear: {what}</source>
            <translation>Effacer : {what}</translation>
        </message>
        <message>
            <source>Drop here</source>
            <translation>Déposer ici</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.tif *.tiff)</source>
            <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Brand style:</source>
            <translation>Style de la marque :</translation>
        </message>
        <message>
            <source>Brand style words</source>
            <translation>Mots de style de la marque</translation>
        </message>
        <message>
            <source>{name} is not an image Vitrine can read.</source>
            <translation>{name} n’est pas une image que Vitrine sait lire.</translation>
        </message>
        <message>
            <source>Add “{word}” to the prompt</source>
            <translation>Ajouter « {word} » au prompt</translation>
        </message>
        <message>
            <source>commercial use with restrictions</source>
            <translation>usage commercial sous conditions</translation>
        </message>
        <message>
            <source>commercial use unknown</source>
            <translation>usage commercial inconnu</translation>
        </message>
        <message>
            <source>diffusers folder</source>
            <translation>dossier diffusers</translation>
        </message>
        <message>
            <source>single file</source>
            <translation>fichier unique</translation>
        </message>
        <message>
            <source>LoRA</source>
            <translation>LoRA</translation>
        </message>
        <message>
            <source>pickled checkpoint: refused</source>
            <translation>checkpoint pickle : refusé</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>cet ordinateur</translation>
        </message>
        <message>
            <source>network</source>
            <translation>réseau</translation>
        </message>
        <message>
            <source>Licence: {licence} · {commercial}</source>
            <translation>Licence : {licence} · {commercial}</translation>
        </message>
        <message>
            <source>unknown licence</source>
            <translation>licence inconnue</translation>
        </message>
        <message>
            <source>Its licence is unknown: check it before any commercial use.</source>
            <translation>Sa licence est inconnue : vérifiez-la avant tout usage commercial.</translation>
        </message>
        <message>
            <source>This model's licence does not allow commercial use, and this campaign is commercial. Choose another model, or mark the campaign non-commercial in its brief.</source>
            <translation>La licence de ce modèle n’autorise pas l’usage commercial, et cette campagne est commerciale. Choisissez un autre modèle, ou indiquez dans le brief que la campagne est non commerciale.</translation>
        </message>
        <message>
            <source>Its licence restricts commercial use: check its terms before publishing.</source>
            <translation>Sa licence restreint l’usage commercial : vérifiez ses conditions avant de publier.</translation>
        </message>
        <message>
            <source>The models found on this computer and the image providers configured in the settings</source>
            <translation>Les modèles trouvés sur cet ordinateur et les fournisseurs d’images configurés dans les réglages</translation>
        </message>
        <message>
            <source>File…</source>
            <translation>Fichier…</translation>
        </message>
        <message>
            <source>Choose a model file or folder</source>
            <translation>Choisir un fichier ou un dossier de modèle</translation>
        </message>
        <message>
            <source>Use a .safetensors file or a diffusers folder of your own</source>
            <translation>Utiliser votre propre fichier .safetensors ou dossier diffusers</translation>
        </message>
        <message>
            <source>Open the model library in the settings</source>
            <translation>Ouvrir la bibliothèque de modèles dans les réglages</translation>
        </message>
        <message>
            <source>Import, download and find models (Settings, Models)</source>
            <translation>Importer, télécharger et trouver des modèles (Réglages, Modèles)</translation>
        </message>
        <message>
            <source>Licence of the chosen model</source>
            <translation>Licence du modèle choisi</translation>
        </message>
        <message>
            <source>Choose a model</source>
            <translation>Choisir un modèle</translation>
        </message>
        <message>
            <source>Models (*.safetensors *.ckpt *.bin *.pt *.pth);;All files (*)</source>
            <translation>Modèles (*.safetensors *.ckpt *.bin *.pt *.pth);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>{name} — refused: pickled checkpoint</source>
            <translation>{name} — refusé : checkpoint pickle</translation>
        </message>
        <message>
            <source>No model found yet</source>
            <translation>Aucun modèle trouvé pour l’instant</translation>
        </message>
        <message>
            <source>{name} is a LoRA: choose it under Advanced, LoRA.</source>
            <translation>{name} est un LoRA : choisissez-le dans Avancé, LoRA.</translation>
        </message>
        <message>
            <source>No model yet: import a model file or folder, or download one, in Models…</source>
            <translation>Pas encore de modèle : importez un fichier ou un dossier de modèle, ou téléchargez-en un, dans Modèles…</translation>
        </message>
        <message>
            <source>{provider}: the provider's terms apply to {model}.</source>
            <translation>{provider} : les conditions du fournisseur s’appliquent à {model}.</translation>
        </message>
        <message>
            <source>This model cannot be used: {reason}</source>
            <translation>Ce modèle ne peut pas être utilisé : {reason}</translation>
        </message>
        <message>
            <source>its default model</source>
            <translation>son modèle par défaut</translation>
        </message>
        <message>
            <source>The model's own size</source>
            <translation>La taille propre au modèle</translation>
        </message>
        <message>
            <source>Channel pack</source>
            <translation>Pack de canaux</translation>
        </message>
        <message>
            <source>Make every format from one prompt: one seed, each size composed for its ratio</source>
            <translation>Créer tous les formats à partir d’un seul prompt : une graine, chaque taille composée pour son ratio</translation>
        </message>
        <message>
            <source>One format</source>
            <translation>Un seul format</translation>
        </message>
        <message>
            <source>Channel pack: all {n} formats</source>
            <translation>Pack de canaux : les {n} formats</translation>
        </message>
        <message>
            <source>Channel pack: the brief's formats ({n})</source>
            <translation>Pack de canaux : les formats du brief ({n})</translation>
        </message>
        <message>
            <source>Random</source>
            <translation>Aléatoire</translation>
        </message>
        <message>
            <source>Lock the seed</source>
            <translation>Verrouiller la graine</translation>
        </message>
        <message>
            <source>Locked: the same seed each time. Unlocked: a new random seed for each generation.</source>
            <translation>Verrouillée : la même graine à chaque fois. Déverrouillée : une nouvelle graine aléatoire à chaque génération.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouvelle</translation>
        </message>
        <message>
            <source>Draw a new random seed</source>
            <translation>Tirer une nouvelle graine au hasard</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Avancé</translation>
        </message>
        <message>
            <source>Show the advanced settings</source>
            <translation>Afficher les réglages avancés</translation>
        </message>
        <message>
            <source>Model default</source>
            <translation>Valeur du modèle</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>Guidance</source>
            <translation>Guidage</translation>
        </message>
        <message>
            <source>Scheduler</source>
            <translation>Planificateur</translation>
        </message>
        <message>
            <source>The model's own</source>
            <translation>Celui du modèle</translation>
        </message>
        <message>
            <source>Exact size</source>
            <translation>Taille exacte</translation>
        </message>
        <message>
            <source>Generate at an exact size instead of a format</source>
            <translation>Générer à une taille exacte plutôt qu’à un format</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Largeur</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Hauteur</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>Choose a LoRA file</source>
            <translation>Choisir un fichier LoRA</translation>
        </message>
        <message>
            <source>LoRA weight</source>
            <translation>Poids du LoRA</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>LoRA (*.safetensors)</source>
            <translation>LoRA (*.safetensors)</translation>
        </message>
        <message>
            <source>{n} images from one prompt: {sizes}</source>
            <translation>{n} images à partir d’un seul prompt : {sizes}</translation>
        </message>
        <message>
            <source>Seed {seed}</source>
            <translation>Graine {seed}</translation>
        </message>
        <message>
            <source>Images of this campaign</source>
            <translation>Images de cette campagne</translation>
        </message>
        <message>
            <source>No image yet</source>
            <translation>Pas encore d’image</translation>
        </message>
        <message>
            <source>Describe the image, choose a model and a format, then press Generate (Ctrl+Enter).</source>
            <translation>Décrivez l’image, choisissez un modèle et un format, puis cliquez sur Générer (Ctrl+Entrée).</translation>
        </message>
        <message>
            <source>Approve the selected image (Ctrl+Shift+A)</source>
            <translation>Approuver l’image sélectionnée (Ctrl+Maj+A)</translation>
        </message>
        <message>
            <source>Reject the selected image (Ctrl+Shift+R)</source>
            <translation>Rejeter l’image sélectionnée (Ctrl+Maj+R)</translation>
        </message>
        <message>
            <source>Use as init image</source>
            <translation>Utiliser comme image de départ</translation>
        </message>
        <message>
            <source>Start a new image from the selected one</source>
            <translation>Partir de l’image sélectionnée pour en créer une nouvelle</translation>
        </message>
        <message>
            <source>Reuse seed</source>
            <translation>Reprendre la graine</translation>
        </message>
        <message>
            <source>Lock the seed of the selected image</source>
            <translation>Verrouiller la graine de l’image sélectionnée</translation>
        </message>
        <message>
            <source>Alt text of the selected image</source>
            <translation>Texte alternatif de l’image sélectionnée</translation>
        </message>
        <message>
            <source>The checklist blocks images without alt text.</source>
            <translation>La liste de contrôle bloque les images sans texte alternatif.</translation>
        </message>
        <message>
            <source>Save alt text</source>
            <translation>Enregistrer le texte alternatif</translation>
        </message>
        <message>
            <source>Save the alt text of the selected image</source>
            <translation>Enregistrer le texte alternatif de l’image sélectionnée</translation>
        </message>
        <message>
            <source>Alt text saved.</source>
            <translation>Texte alternatif enregistré.</translation>
        </message>
        <message>
            <source>Select an image to approve it, reuse it or describe it.</source>
            <translation>Sélectionnez une image pour l’approuver, la réutiliser ou la décrire.</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <source>Checking the request…</source>
            <translation>Vérification de la demande…</translation>
        </message>
        <message>
            <source>Not started: see the message above.</source>
            <translation>Non lancé : voir le message ci-dessus.</translation>
        </message>
        <message>
            <source>Licence unknown · {commercial}</source>
            <translation>Licence inconnue · {commercial}</translation>
        </message>
    </context>
</TS>