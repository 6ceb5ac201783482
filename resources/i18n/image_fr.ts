<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>image</name>
        <message>
            <source>negative prompt</source>
            <translation>prompt négatif</translation>
        </message>
        <message>
            <source>a model folder or .safetensors file, a Hub id, or a library name</source>
            <translation>un dossier de modèle ou un fichier .safetensors, un identifiant du Hub, ou un nom de la bibliothèque</translation>
        </message>
        <message>
            <source>euler, euler-a, dpm++2m, dpm++2m-karras, ddim, lcm... (default: the model's own)</source>
            <translation>euler, euler-a, dpm++2m, dpm++2m-karras, ddim, lcm… (par défaut : celui du modèle)</translation>
        </message>
        <message>
            <source>a channel format: instagram-square, story, iab-728x90...</source>
            <translation>un format de canal : instagram-square, story, iab-728x90…</translation>
        </message>
        <message>
            <source>every channel format from this prompt (the channel pack)</source>
            <translation>tous les formats de canal à partir de ce prompt (le pack de canaux)</translation>
        </message>
        <message>
            <source>the point to keep when cropping to a format (0..1, default 0.5,0.5)</source>
            <translation>le point à garder en recadrant pour un format (0..1, par défaut 0.5,0.5)</translation>
        </message>
        <message>
            <source>inpainting mask (white = paint)</source>
            <translation>masque d'inpainting (blanc = à peindre)</translation>
        </message>
        <message>
            <source>generate images</source>
            <translation>générer des images</translation>
        </message>
        <message>
            <source>--focus takes X,Y between 0 and 1, e.g. 0.5,0.3</source>
            <translation>--focus prend X,Y entre 0 et 1, par exemple 0.5,0.3</translation>
        </message>
        <message>
            <source>the image model library</source>
            <translation>la bibliothèque de modèles d'image</translation>
        </message>
        <message>
            <source>a Hub repository id, e.g. stabilityai/sdxl-turbo</source>
            <translation>un identifiant de dépôt du Hub, par exemple stabilityai/sdxl-turbo</translation>
        </message>
        <message>
            <source>models found on this computer</source>
            <translation>les modèles trouvés sur cet ordinateur</translation>
        </message>
        <message>
            <source>add a model file or folder to the library</source>
            <translation>ajouter un fichier ou un dossier de modèle à la bibliothèque</translation>
        </message>
        <message>
            <source>download a model from the Hugging Face Hub</source>
            <translation>télécharger un modèle depuis le Hub Hugging Face</translation>
        </message>
        <message>
            <source>licence</source>
            <translation>licence</translation>
        </message>
        <message>
            <source>commercial use</source>
            <translation>usage commercial</translation>
        </message>
        <message>
            <source>No models found. Import one with 'vitrine models import PATH' or download one with 'vitrine models download ID'.</source>
            <translation>Aucun modèle trouvé. Importez-en un avec « vitrine models import CHEMIN » ou téléchargez-en un avec « vitrine models download ID ».</translation>
        </message>
        <message>
            <source>Waiting for {provider}</source>
            <translation>En attente de {provider}</translation>
        </message>
        <message>
            <source>Received {count} image(s)</source>
            <translation>{count} image(s) reçue(s)</translation>
        </message>
        <message>
            <source>Generating (seed {seed})</source>
            <translation>Génération (graine {seed})</translation>
        </message>
        <message>
            <source>Finding the model</source>
            <translation>Recherche du modèle</translation>
        </message>
        <message>
            <source>Diffusers (this computer)</source>
            <translation>Diffusers (cet ordinateur)</translation>
        </message>
        <message>
            <source>Loading {model}</source>
            <translation>Chargement de {model}</translation>
        </message>
        <message>
            <source>The model file {model} is incomplete ({have} of {need} bytes): the download or copy was cut short.</source>
            <translation>Le fichier de modèle {model} est incomplet ({have} octets sur {need}) : le téléchargement ou la copie a été interrompu.</translation>
        </message>
        <message>
            <source>Copy or download it again.</source>
            <translation>Copiez-le ou téléchargez-le à nouveau.</translation>
        </message>
        <message>
            <source>{model} is not a valid .safetensors file ({reason}).</source>
            <translation>{model} n'est pas un fichier .safetensors valide ({reason}).</translation>
        </message>
        <message>
            <source>Check that the file is a model and that it was copied whole.</source>
            <translation>Vérifiez que le fichier est bien un modèle et qu'il a été copié en entier.</translation>
        </message>
        <message>
            <source>The model folder {model} is missing its {component} (expected in {path}).</source>
            <translation>Il manque au dossier de modèle {model} son composant {component} (attendu dans {path}).</translation>
        </message>
        <message>
            <source>Copy the whole folder again, or download the model again.</source>
            <translation>Copiez à nouveau tout le dossier, ou téléchargez à nouveau le modèle.</translation>
        </message>
        <message>
            <source>{model} is a {family} checkpoint, which Vitrine cannot load from a single file.</source>
            <translation>{model} est un checkpoint {family}, que Vitrine ne sait pas charger depuis un fichier unique.</translation>
        </message>
        <message>
            <source>Use the diffusers folder of this model (download it from the model library).</source>
            <translation>Utilisez le dossier diffusers de ce modèle (téléchargez-le depuis la bibliothèque de modèles).</translation>
        </message>
        <message>
            <source>an image needs a prompt (--prompt)</source>
            <translation>une image a besoin d'un prompt (--prompt)</translation>
        </message>
        <message>
            <source>give both --width and --height, or neither</source>
            <translation>donnez à la fois --width et --height, ou aucun des deux</translation>
        </message>
        <message>
            <source>the size {w}x{h} is out of range</source>
            <translation>la taille {w}x{h} est hors limites</translation>
        </message>
        <message>
            <source>use either --format or --width/--height</source>
            <translation>utilisez soit --format, soit --width/--height</translation>
        </message>
        <message>
            <source>--count must be between 1 and {max}</source>
            <translation>--count doit être compris entre 1 et {max}</translation>
        </message>
        <message>
            <source>--strength must be between 0 and 1</source>
            <translation>--strength doit être compris entre 0 et 1</translation>
        </message>
        <message>
            <source>image not found: {path}</source>
            <translation>image introuvable : {path}</translation>
        </message>
    </context>
</TS>