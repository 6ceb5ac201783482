<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>ethics</name>
        <message>
            <source>Accessibility</source>
            <translation>Accessibilité</translation>
        </message>
        <message>
            <source>Every image has alt text and every audio asset a transcript.</source>
            <translation>Chaque image a un texte alternatif et chaque audio une transcription.</translation>
        </message>
        <message>
            <source>No alt text: describe the image for people who cannot see it</source>
            <translation>Pas de texte alternatif : décrivez l'image pour les personnes qui ne la voient pas</translation>
        </message>
        <message>
            <source>The alt text is {n} characters long: keep it to {max} or fewer</source>
            <translation>Le texte alternatif fait {n} caractères : limitez-le à {max}</translation>
        </message>
        <message>
            <source>The alt text is a file name: describe the image instead</source>
            <translation>Le texte alternatif est un nom de fichier : décrivez plutôt l'image</translation>
        </message>
        <message>
            <source>The alt text repeats the generation prompt: describe what the image shows</source>
            <translation>Le texte alternatif reprend le prompt de génération : décrivez ce que montre l'image</translation>
        </message>
        <message>
            <source>No transcript: add what the audio says</source>
            <translation>Pas de transcription : ajoutez ce que dit l'audio</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>Allégations</translation>
        </message>
        <message>
            <source>Every figure, superlative, quotation and source in the copy is in the fact sheet.</source>
            <translation>Chaque chiffre, superlatif, citation et source du texte figure dans la fiche de faits.</translation>
        </message>
        <message>
            <source>figure</source>
            <translation>chiffre</translation>
        </message>
        <message>
            <source>percentage</source>
            <translation>pourcentage</translation>
        </message>
        <message>
            <source>price</source>
            <translation>prix</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>superlative</source>
            <translation>superlatif</translation>
        </message>
        <message>
            <source>quotation</source>
            <translation>citation</translation>
        </message>
        <message>
            <source>source</source>
            <translation>source</translation>
        </message>
        <message>
            <source>Claims in this copy were not checked: check its figures and superlatives by hand</source>
            <translation>Les allégations de ce texte n'ont pas été vérifiées : vérifiez ses chiffres et superlatifs vous-même</translation>
        </message>
        <message>
            <source>Claims without evidence in the fact sheet ({kinds}): {claims}</source>
            <translation>Allégations sans preuve dans la fiche de faits ({kinds}) : {claims}</translation>
        </message>
        <message>
            <source>AI disclosure</source>
            <translation>Mention de l'IA</translation>
        </message>
        <message>
            <source>Every file is labelled as AI-generated when exported (C2PA, XMP, disclosure line).</source>
            <translation>Chaque fichier est signalé comme généré par IA à l'export (C2PA, XMP, mention).</translation>
        </message>
        <message>
            <source>Labelled as AI-generated on export</source>
            <translation>Signalé comme généré par IA à l'export</translation>
        </message>
        <message>
            <source>Photorealistic people: choose a visible “AI-generated” label (say which in the sign-off note)</source>
            <translation>Personnes photoréalistes : choisissez une mention visible « généré par IA » (indiquez laquelle dans la note de validation)</translation>
        </message>
        <message>
            <source>Data flows</source>
            <translation>Flux de données</translation>
        </message>
        <message>
            <source>Nothing left this machine: every asset was made locally.</source>
            <translation>Rien n'a quitté cette machine : chaque ressource a été faite localement.</translation>
        </message>
        <message>
            <source>Sent to network providers: {providers}</source>
            <translation>Envoyé à des fournisseurs en réseau : {providers}</translation>
        </message>
        <message>
            <source>cloud</source>
            <translation>cloud</translation>
        </message>
        <message>
            <source>local network</source>
            <translation>réseau local</translation>
        </message>
        <message>
            <source>This confidential campaign's data went to a cloud provider ({provider})</source>
            <translation>Des données de cette campagne confidentielle sont allées chez un fournisseur cloud ({provider})</translation>
        </message>
        <message>
            <source>Made by {provider} ({where})</source>
            <translation>Fait par {provider} ({where})</translation>
        </message>
        <message>
            <source>Footprint</source>
            <translation>Empreinte</translation>
        </message>
        <message>
            <source>{wh} Wh, {co2} g CO2e ({label}; grid {grid} g/kWh, {source})</source>
            <translation>{wh} Wh, {co2} g CO2e ({label} ; réseau {grid} g/kWh, {source})</translation>
        </message>
        <message>
            <source>{wh} Wh, {co2} g CO2e ({label})</source>
            <translation>{wh} Wh, {co2} g CO2e ({label})</translation>
        </message>
        <message>
            <source>No asset to measure.</source>
            <translation>Aucune ressource à mesurer.</translation>
        </message>
        <message>
            <source>partly estimated</source>
            <translation>en partie estimé</translation>
        </message>
        <message>
            <source>Energy unknown</source>
            <translation>Énergie inconnue</translation>
        </message>
        <message>
            <source>(some assets have no energy record)</source>
            <translation>(certaines ressources n'ont pas de relevé d'énergie)</translation>
        </message>
        <message>
            <source>Green claims</source>
            <translation>Allégations environnementales</translation>
        </message>
        <message>
            <source>No generic environmental claim without evidence.</source>
            <translation>Aucune allégation environnementale générique sans preuve.</translation>
        </message>
        <message>
            <source>Generic environmental claim without evidence ({claims}): add the evidence to the fact sheet or change the copy (EU directive 2024/825)</source>
            <translation>Allégation environnementale générique sans preuve ({claims}) : ajoutez la preuve à la fiche de faits ou changez le texte (directive UE 2024/825)</translation>
        </message>
        <message>
            <source>Intellectual property</source>
            <translation>Propriété intellectuelle</translation>
        </message>
        <message>
            <source>No artist's style, trademark, real person or cloned voice found.</source>
            <translation>Aucun style d'artiste, marque, personne réelle ni voix clonée trouvés.</translation>
        </message>
        <message>
            <source>Asks for the style of a living artist: get their agreement or sign off</source>
            <translation>Demande le style d'un artiste vivant : obtenez son accord ou validez</translation>
        </message>
        <message>
            <source>Asks for the style of a named artist or work: check their rights</source>
            <translation>Demande le style d'un artiste ou d'une œuvre nommés : vérifiez les droits</translation>
        </message>
        <message>
            <source>Names a trademark: check the brand allows this use</source>
            <translation>Cite une marque : vérifiez qu'elle autorise cet usage</translation>
        </message>
        <message>
            <source>Asks for a logo: check it is yours or licensed</source>
            <translation>Demande un logo : vérifiez qu'il est à vous ou sous licence</translation>
        </message>
        <message>
            <source>Names a real person: their likeness needs their consent</source>
            <translation>Cite une personne réelle : son image demande son consentement</translation>
        </message>
        <message>
            <source>Imitates or clones a voice: it needs the speaker's consent</source>
            <translation>Imite ou clone une voix : il faut le consentement de la personne</translation>
        </message>
        <message>
            <source>Model licences</source>
            <translation>Licences des modèles</translation>
        </message>
        <message>
            <source>Every model's licence allows this campaign's use.</source>
            <translation>La licence de chaque modèle permet l'usage de cette campagne.</translation>
        </message>
        <message>
            <source>No generation record: the model and its licence are unknown</source>
            <translation>Pas de fiche de génération : le modèle et sa licence sont inconnus</translation>
        </message>
        <message>
            <source>{model} is under a licence that forbids commercial use ({licence}); this campaign is commercial</source>
            <translation>{model} est sous une licence qui interdit l'usage commercial ({licence}) ; cette campagne est commerciale</translation>
        </message>
        <message>
            <source>The licence of {model} is unknown: check it allows this use</source>
            <translation>La licence de {model} est inconnue : vérifiez qu'elle permet cet usage</translation>
        </message>
        <message>
            <source>The licence of {model} ({licence}) sets conditions: check this campaign meets them</source>
            <translation>La licence de {model} ({licence}) pose des conditions : vérifiez que cette campagne les remplit</translation>
        </message>
        <message>
            <source>{model}: {licence}</source>
            <translation>{model} : {licence}</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Données personnelles</translation>
        </message>
        <message>
            <source>No personal data found in prompts or copy.</source>
            <translation>Aucune donnée personnelle trouvée dans les prompts ni les textes.</translation>
        </message>
        <message>
            <source>e-mail address</source>
            <translation>adresse e-mail</translation>
        </message>
        <message>
            <source>phone number</source>
            <translation>numéro de téléphone</translation>
        </message>
        <message>
            <source>social security number (NIR)</source>
            <translation>numéro de sécurité sociale (NIR)</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>place</source>
            <translation>lieu</translation>
        </message>
        <message>
            <source>The prompt or copy holds personal data ({kinds}): check it may be used</source>
            <translation>Le prompt ou le texte contient des données personnelles ({kinds}) : vérifiez qu'elles peuvent être utilisées</translation>
        </message>
        <message>
            <source>The copy holds personal data ({kinds}): check it is meant to be published</source>
            <translation>Le texte contient des données personnelles ({kinds}) : vérifiez qu'elles doivent être publiées</translation>
        </message>
        <message>
            <source>Not checked: {what}. Check the texts by hand</source>
            <translation>Non vérifié : {what}. Vérifiez les textes vous-même</translation>
        </message>
        <message>
            <source>Representation</source>
            <translation>Représentation</translation>
        </message>
        <message>
            <source>No image shows people.</source>
            <translation>Aucune image ne montre de personnes.</translation>
        </message>
        <message>
            <source>Shows people: check who is shown and how (diversity, stereotypes)</source>
            <translation>Montre des personnes : vérifiez qui est montré et comment (diversité, stéréotypes)</translation>
        </message>
        <message>
            <source>French language (loi Toubon)</source>
            <translation>Langue française (loi Toubon)</translation>
        </message>
        <message>
            <source>No copy for a French audience without a French version.</source>
            <translation>Aucun texte pour un public français sans version française.</translation>
        </message>
        <message>
            <source>A French version exists</source>
            <translation>Une version française existe</translation>
        </message>
        <message>
            <source>Copy in “{language}” for a French audience with no French version: add one, or sign off</source>
            <translation>Texte en « {language} » pour un public français sans version française : ajoutez-en une, ou validez</translation>
        </message>
        <message>
            <source>Unsafe imagery</source>
            <translation>Images à risque</translation>
        </message>
        <message>
            <source>No nudity detected in the images; no violent or illegal content asked for.</source>
            <translation>Aucune nudité détectée dans les images ; aucun contenu violent ou illégal demandé.</translation>
        </message>
        <message>
            <source>The image could not be checked for nudity: look at it</source>
            <translation>La nudité n'a pas pu être vérifiée sur cette image : regardez-la</translation>
        </message>
        <message>
            <source>The prompt asks for illegal content: remove the asset, or sign off</source>
            <translation>Le prompt demande un contenu illégal : retirez la ressource, ou validez</translation>
        </message>
        <message>
            <source>The prompt asks for violent content: check it suits the campaign</source>
            <translation>Le prompt demande un contenu violent : vérifiez qu'il convient à la campagne</translation>
        </message>
        <message>
            <source>Nudity detected ({what}): remove the image, or sign off if the detector is wrong</source>
            <translation>Nudité détectée ({what}) : retirez l'image, ou validez si le détecteur se trompe</translation>
        </message>
        <message>
            <source>names and places (no model for “{language}”)</source>
            <translation>noms et lieux (pas de modèle pour « {language} »)</translation>
        </message>
    </context>
</TS>