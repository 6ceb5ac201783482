<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>audio</name>
        <message>
            <source>the script to speak</source>
            <translation>le texte à dire</translation>
        </message>
        <message>
            <source>read the script from a file</source>
            <translation>lire le texte dans un fichier</translation>
        </message>
        <message>
            <source>speak a text asset (a radio script) of the campaign</source>
            <translation>dire un texte de la campagne (un script radio)</translation>
        </message>
        <message>
            <source>describe the music or sound</source>
            <translation>décrire la musique ou le son</translation>
        </message>
        <message>
            <source>ENGINE:VOICE, e.g. espeak:fr, espeak:en, openai:alloy, or the folder of a local text-to-speech model</source>
            <translation>MOTEUR:VOIX, par exemple espeak:fr, espeak:en, openai:alloy, ou le dossier d'un modèle local de synthèse vocale</translation>
        </message>
        <message>
            <source>the script's language when no voice is given</source>
            <translation>la langue du texte quand aucune voix n'est donnée</translation>
        </message>
        <message>
            <source>music length in seconds</source>
            <translation>durée de la musique en secondes</translation>
        </message>
        <message>
            <source>a local model folder or id</source>
            <translation>le dossier ou l'identifiant d'un modèle local</translation>
        </message>
        <message>
            <source>an OpenAI-compatible text-to-speech server</source>
            <translation>un serveur de synthèse vocale compatible OpenAI</translation>
        </message>
        <message>
            <source>speaking rate, 1 = normal</source>
            <translation>débit de parole, 1 = normal</translation>
        </message>
        <message>
            <source>pitch from -1 to 1, 0 = the voice's own</source>
            <translation>hauteur de -1 à 1, 0 = celle de la voix</translation>
        </message>
        <message>
            <source>diffusion steps (music models)</source>
            <translation>étapes de diffusion (modèles de musique)</translation>
        </message>
        <message>
            <source>what the music should avoid</source>
            <translation>ce que la musique doit éviter</translation>
        </message>
        <message>
            <source>how the voice should sound (OpenAI voices)</source>
            <translation>comment la voix doit sonner (voix OpenAI)</translation>
        </message>
        <message>
            <source>a music bed to mix the voice over</source>
            <translation>un fond musical sous la voix</translation>
        </message>
        <message>
            <source>how far the bed goes down under the voice (default 12)</source>
            <translation>de combien le fond baisse sous la voix (12 par défaut)</translation>
        </message>
        <message>
            <source>web (-16 LUFS, default), broadcast (-23 LUFS), none, or a number</source>
            <translation>web (-16 LUFS, par défaut), broadcast (-23 LUFS), none, ou un nombre</translation>
        </message>
        <message>
            <source>true-peak ceiling (default -1)</source>
            <translation>plafond de crête vraie (-1 par défaut)</translation>
        </message>
        <message>
            <source>generate a voice-over or music</source>
            <translation>générer une voix off ou une musique</translation>
        </message>
        <message>
            <source>cannot read {path}: {reason}</source>
            <translation>impossible de lire {path} : {reason}</translation>
        </message>
        <message>
            <source>The script is empty: there is nothing to speak.</source>
            <translation>Le texte est vide : il n'y a rien à dire.</translation>
        </message>
        <message>
            <source>Write the text of the voice-over.</source>
            <translation>Écrivez le texte de la voix off.</translation>
        </message>
        <message>
            <source>The script has {length} characters; a voice-over takes at most {limit}.</source>
            <translation>Le texte compte {length} caractères ; une voix off en accepte au plus {limit}.</translation>
        </message>
        <message>
            <source>Split it into several voice-overs.</source>
            <translation>Découpez-le en plusieurs voix off.</translation>
        </message>
        <message>
            <source>Unknown voice “{voice}”.</source>
            <translation>Voix inconnue « {voice} ».</translation>
        </message>
        <message>
            <source>Voices are written ENGINE:VOICE, for example espeak:fr, espeak:en, openai:alloy, or the folder of a local text-to-speech model.</source>
            <translation>Les voix s'écrivent MOTEUR:VOIX, par exemple espeak:fr, espeak:en, openai:alloy, ou le dossier d'un modèle local de synthèse vocale.</translation>
        </message>
        <message>
            <source>{engine} has no voice for the language “{language}”.</source>
            <translation>{engine} n'a pas de voix pour la langue « {language} ».</translation>
        </message>
        <message>
            <source>Available: {available}.</source>
            <translation>Disponibles : {available}.</translation>
        </message>
        <message>
            <source>The voice {voice} cannot read this script: none of its letters are in the voice's alphabet.</source>
            <translation>La voix {voice} ne peut pas lire ce texte : aucune de ses lettres n'est dans l'alphabet de la voix.</translation>
        </message>
        <message>
            <source>Choose a voice for the script's language.</source>
            <translation>Choisissez une voix dans la langue du texte.</translation>
        </message>
        <message>
            <source>The audio format “{format}” is not supported.</source>
            <translation>Le format audio « {format} » n'est pas pris en charge.</translation>
        </message>
        <message>
            <source>Use wav, flac or mp3.</source>
            <translation>Utilisez wav, flac ou mp3.</translation>
        </message>
        <message>
            <source>Invalid audio setting: {what}.</source>
            <translation>Réglage audio invalide : {what}.</translation>
        </message>
        <message>
            <source>The offline system voice needs espeak-ng, which is not installed on this computer.</source>
            <translation>La voix système hors ligne a besoin d'espeak-ng, qui n'est pas installé sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Install it (Debian/Ubuntu: sudo apt-get install espeak-ng; Fedora: sudo dnf install espeak-ng; macOS: brew install espeak-ng), or choose another voice.</source>
            <translation>Installez-le (Debian/Ubuntu : sudo apt-get install espeak-ng ; Fedora : sudo dnf install espeak-ng ; macOS : brew install espeak-ng), ou choisissez une autre voix.</translation>
        </message>
        <message>
            <source>espeak-ng could not speak the script: {reason}</source>
            <translation>espeak-ng n'a pas pu dire le texte : {reason}</translation>
        </message>
        <message>
            <source>Check the voice and the text, then retry.</source>
            <translation>Vérifiez la voix et le texte, puis réessayez.</translation>
        </message>
        <message>
            <source>The model {model} is not a text-to-speech model this version can run ({reason}).</source>
            <translation>Le modèle {model} n'est pas un modèle de synthèse vocale que cette version sait utiliser ({reason}).</translation>
        </message>
        <message>
            <source>Choose a VITS or MMS text-to-speech model folder.</source>
            <translation>Choisissez le dossier d'un modèle de synthèse vocale VITS ou MMS.</translation>
        </message>
        <message>
            <source>The model {model} is not a music model this version can run ({reason}).</source>
            <translation>Le modèle {model} n'est pas un modèle de musique que cette version sait utiliser ({reason}).</translation>
        </message>
        <message>
            <source>Choose a MusicGen, Stable Audio or AudioLDM 2 model folder.</source>
            <translation>Choisissez le dossier d'un modèle MusicGen, Stable Audio ou AudioLDM 2.</translation>
        </message>
        <message>
            <source>The music bed {ident} cannot be used: {reason}</source>
            <translation>Le fond musical {ident} ne peut pas être utilisé : {reason}</translation>
        </message>
        <message>
            <source>Choose an audio asset of this campaign or an audio file (WAV, FLAC or MP3).</source>
            <translation>Choisissez un élément audio de cette campagne ou un fichier audio (WAV, FLAC ou MP3).</translation>
        </message>
        <message>
            <source>{provider} ({model}) made no sound.</source>
            <translation>{provider} ({model}) n'a produit aucun son.</translation>
        </message>
        <message>
            <source>Try another voice or model, or a longer text.</source>
            <translation>Essayez une autre voix ou un autre modèle, ou un texte plus long.</translation>
        </message>
        <message>
            <source>No music model was found on this computer.</source>
            <translation>Aucun modèle de musique n'a été trouvé sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Import one (MusicGen, Stable Audio Open or AudioLDM 2) with 'vitrine models import PATH', or name its folder with --model.</source>
            <translation>Importez-en un (MusicGen, Stable Audio Open ou AudioLDM 2) avec « vitrine models import CHEMIN », ou indiquez son dossier avec --model.</translation>
        </message>
        <message>
            <source>espeak-ng (system voice)</source>
            <translation>espeak-ng (voix système)</translation>
        </message>
        <message>
            <source>Speaking sentence {n} of {total}</source>
            <translation>Lecture de la phrase {n} sur {total}</translation>
        </message>
        <message>
            <source>Mixing and levelling</source>
            <translation>Mixage et mise à niveau</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>il est vide</translation>
        </message>
        <message>
            <source>Local music ({model})</source>
            <translation>Musique locale ({model})</translation>
        </message>
        <message>
            <source>Music, {seconds} s</source>
            <translation>Musique, {seconds} s</translation>
        </message>
        <message>
            <source>Composing</source>
            <translation>Composition</translation>
        </message>
        <message>
            <source>Loading the music model {model}</source>
            <translation>Chargement du modèle de musique {model}</translation>
        </message>
        <message>
            <source>the music prompt is empty</source>
            <translation>la description de la musique est vide</translation>
        </message>
        <message>
            <source>duration {seconds} s (this model makes at most {limit} s)</source>
            <translation>durée {seconds} s (ce modèle produit au plus {limit} s)</translation>
        </message>
        <message>
            <source>Loading the voice {model}</source>
            <translation>Chargement de la voix {model}</translation>
        </message>
        <message>
            <source>Local voice ({model})</source>
            <translation>Voix locale ({model})</translation>
        </message>
        <message>
            <source>Speaking part {n} of {total}</source>
            <translation>Lecture de la partie {n} sur {total}</translation>
        </message>
        <message>
            <source>its answer is not audio ({size} bytes)</source>
            <translation>sa réponse n'est pas de l'audio ({size} octets)</translation>
        </message>
        <message>
            <source>{name} = {value} (between {low} and {high})</source>
            <translation>{name} = {value} (entre {low} et {high})</translation>
        </message>
        <message>
            <source>no such file or asset</source>
            <translation>aucun fichier ni élément de ce nom</translation>
        </message>
        <message>
            <source>ask for a voice-over or for music, not both</source>
            <translation>demandez une voix off ou une musique, pas les deux</translation>
        </message>
        <message>
            <source>the script asset {ident} is not text</source>
            <translation>l'élément {ident} choisi comme texte n'est pas un texte</translation>
        </message>
        <message>
            <source>it is not audio</source>
            <translation>ce n'est pas de l'audio</translation>
        </message>
        <message>
            <source>it belongs to another campaign</source>
            <translation>il appartient à une autre campagne</translation>
        </message>
        <message>
            <source>no such asset</source>
            <translation>cet élément n'existe pas</translation>
        </message>
    </context>
</TS>