<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>text_pane</name>
        <message>
            <source>Language of the copy</source>
            <translation>Langue du texte</translation>
        </message>
        <message>
            <source>Number of variants</source>
            <translation>Nombre de variantes</translation>
        </message>
        <message>
            <source>Look for models again</source>
            <translation>Chercher à nouveau les modèles</translation>
        </message>
        <message>
            <source>Variants</source>
            <translation>Variantes</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Générer</translation>
        </message>
        <message>
            <source>Write the variants (Ctrl+Enter)</source>
            <translation>Rédiger les variantes (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Stop writing; the text so far is kept as a draft (Esc)</source>
            <translation>Arrêter la rédaction ; le texte déjà écrit est gardé comme brouillon (Échap)</translation>
        </message>
        <message>
            <source>Nothing written yet.</source>
            <translation>Rien n'est encore rédigé.</translation>
        </message>
        <message>
            <source>Generation status</source>
            <translation>État de la génération</translation>
        </message>
        <message>
            <source>The model's answer, as it is written</source>
            <translation>La réponse du modèle, au fil de l'écriture</translation>
        </message>
        <message>
            <source>Cloud: the prompt and the brief are sent to this provider.</source>
            <translation>Cloud : la consigne et le brief sont envoyés à ce fournisseur.</translation>
        </message>
        <message>
            <source>Waiting for the model…</source>
            <translation>En attente du modèle…</translation>
        </message>
        <message>
            <source>What to write</source>
            <translation>Que rédiger</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Looking for models…</source>
            <translation>Recherche des modèles…</translation>
        </message>
        <message>
            <source>Looking for models failed: {reason}</source>
            <translation>La recherche des modèles a échoué : {reason}</translation>
        </message>
        <message>
            <source>No text model found</source>
            <translation>Aucun modèle de texte trouvé</translation>
        </message>
        <message>
            <source>Runs on a computer of your network.</source>
            <translation>Tourne sur un ordinateur de votre réseau.</translation>
        </message>
        <message>
            <source>Runs on this computer: nothing leaves it.</source>
            <translation>Tourne sur cet ordinateur : rien n'en sort.</translation>
        </message>
        <message>
            <source>Draft quality: good for trying ideas, weak for final copy.</source>
            <translation>Qualité brouillon : bien pour essayer des idées, faible pour le texte final.</translation>
        </message>
        <message>
            <source>Still looking for models: try again in a moment.</source>
            <translation>Recherche des modèles en cours : réessayez dans un instant.</translation>
        </message>
        <message>
            <source>No text model is available: install the built-in model, start a local server or add a provider in the settings.</source>
            <translation>Aucun modèle de texte disponible : installez le modèle intégré, lancez un serveur local ou ajoutez un fournisseur dans les réglages.</translation>
        </message>
        <message>
            <source>Writing… {count} characters</source>
            <translation>Rédaction… {count} caractères</translation>
        </message>
        <message>
            <source>{count} variant(s) written.</source>
            <translation>{count} variante(s) rédigée(s).</translation>
        </message>
        <message>
            <source>The text could not be written.</source>
            <translation>Le texte n'a pas pu être rédigé.</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>Chargement du modèle…</translation>
        </message>
        <message>
            <source>Cancelled: the text so far is kept as a draft.</source>
            <translation>Annulé : le texte déjà écrit est gardé comme brouillon.</translation>
        </message>
        <message>
            <source>Cancelled before any text arrived.</source>
            <translation>Annulé avant l'arrivée du moindre texte.</translation>
        </message>
        <message>
            <source>Prompt: what to write</source>
            <translation>Consigne : que rédiger</translation>
        </message>
        <message>
            <source>What should the copy say? The brief, the brand voice and the fact sheet are added for you.</source>
            <translation>Que doit dire le texte ? Le brief, la voix de la marque et la fiche de faits sont ajoutés pour vous.</translation>
        </message>
        <message>
            <source>Prompt score</source>
            <translation>Note de la consigne</translation>
        </message>
        <message>
            <source>Prompt assistant hints</source>
            <translation>Conseils de l'assistant de consigne</translation>
        </message>
        <message>
            <source>Apply the suggested rewrite</source>
            <translation>Appliquer la réécriture proposée</translation>
        </message>
        <message>
            <source>Replace the prompt with a structured version that answers what it lacks (Ctrl+Z undoes it)</source>
            <translation>Remplacer la consigne par une version structurée qui comble ses manques (Ctrl+Z l'annule)</translation>
        </message>
        <message>
            <source>Rewrite with the local model</source>
            <translation>Réécrire avec le modèle local</translation>
        </message>
        <message>
            <source>The local model polishes the suggested rewrite; nothing leaves this computer</source>
            <translation>Le modèle local peaufine la réécriture proposée ; rien ne quitte cet ordinateur</translation>
        </message>
        <message>
            <source>Prompt score: {score}/100</source>
            <translation>Note de la consigne : {score}/100</translation>
        </message>
        <message>
            <source>The local model is rewriting the prompt…</source>
            <translation>Le modèle local réécrit la consigne…</translation>
        </message>
        <message>
            <source>Rewritten by the local model (Ctrl+Z undoes it).</source>
            <translation>Réécrite par le modèle local (Ctrl+Z l'annule).</translation>
        </message>
        <message>
            <source>Nothing to add: the prompt says it all.</source>
            <translation>Rien à ajouter : la consigne dit tout.</translation>
        </message>
        <message>
            <source>The rewrite was cancelled.</source>
            <translation>La réécriture a été annulée.</translation>
        </message>
        <message>
            <source>The rewrite failed.</source>
            <translation>La réécriture a échoué.</translation>
        </message>
        <message>
            <source>“{text}” ({kind}) is not backed by the fact sheet: check it, or add the fact with its evidence to the brief.</source>
            <translation>« {text} » ({kind}) n'est pas étayé par la fiche de faits : vérifiez-le, ou ajoutez le fait et sa preuve au brief.</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>sans limite</translation>
        </message>
        <message>
            <source>No copy yet</source>
            <translation>Pas encore de texte</translation>
        </message>
        <message>
            <source>Choose a channel, say what to write and press Generate (Ctrl+Enter). Each variant arrives here with its length against the channel's limit.</source>
            <translation>Choisissez un canal, dites quoi rédiger et cliquez sur Générer (Ctrl+Entrée). Chaque variante arrive ici avec sa longueur face à la limite du canal.</translation>
        </message>
        <message>
            <source>Variant text, unsupported claims highlighted</source>
            <translation>Texte de la variante, affirmations non étayées surlignées</translation>
        </message>
        <message>
            <source>Edit the variant</source>
            <translation>Modifier la variante</translation>
        </message>
        <message>
            <source>Lengths against the channel's limits</source>
            <translation>Longueurs face aux limites du canal</translation>
        </message>
        <message>
            <source>Not in the fact sheet:</source>
            <translation>Absent de la fiche de faits :</translation>
        </message>
        <message>
            <source>Claims the fact sheet does not support</source>
            <translation>Affirmations que la fiche de faits n'étaie pas</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Précédente</translation>
        </message>
        <message>
            <source>Previous variant (Alt+Left)</source>
            <translation>Variante précédente (Alt+Gauche)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivante</translation>
        </message>
        <message>
            <source>Next variant (Alt+Right)</source>
            <translation>Variante suivante (Alt+Droite)</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Edit the words; saving keeps the earlier version</source>
            <translation>Modifier le texte ; l'enregistrement garde la version précédente</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Abandonner les modifications</translation>
        </message>
        <message>
            <source>Leave the variant as it was</source>
            <translation>Laisser la variante telle quelle</translation>
        </message>
        <message>
            <source>Approve this variant (Ctrl+Shift+A)</source>
            <translation>Approuver cette variante (Ctrl+Maj+A)</translation>
        </message>
        <message>
            <source>Reject this variant</source>
            <translation>Rejeter cette variante</translation>
        </message>
        <message>
            <source>Use as radio script</source>
            <translation>Utiliser comme script radio</translation>
        </message>
        <message>
            <source>Open the Audio room with this script</source>
            <translation>Ouvrir l'espace Audio avec ce script</translation>
        </message>
        <message>
            <source>Cancelled draft</source>
            <translation>Brouillon annulé</translation>
        </message>
        <message>
            <source>Variant {index}</source>
            <translation>Variante {index}</translation>
        </message>
        <message>
            <source>Saved as version {version}.</source>
            <translation>Enregistré comme version {version}.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Longueur</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Limite</translation>
        </message>
        <message>
            <source>Over the limit</source>
            <translation>Au-delà de la limite</translation>
        </message>
        <message>
            <source>{count} claim(s) to check</source>
            <translation>{count} affirmation(s) à vérifier</translation>
        </message>
        <message>
            <source>Cancelled while it was being written: the text so far is kept as a draft.</source>
            <translation>Annulé pendant la rédaction : le texte déjà écrit est gardé comme brouillon.</translation>
        </message>
        <message>
            <source>Over the channel's limit: shorten it before use (Vitrine never cuts it).</source>
            <translation>Au-delà de la limite du canal : raccourcissez-le avant usage (Vitrine ne le coupe jamais).</translation>
        </message>
        <message>
            <source>Written by the built-in model: draft quality.</source>
            <translation>Rédigé par le modèle intégré : qualité brouillon.</translation>
        </message>
        <message>
            <source>Edited (version {version}).</source>
            <translation>Modifié (version {version}).</translation>
        </message>
        <message>
            <source>Variant approved.</source>
            <translation>Variante approuvée.</translation>
        </message>
        <message>
            <source>Variant rejected.</source>
            <translation>Variante rejetée.</translation>
        </message>
        <message>
            <source>Over the limit: {length} for {limit}</source>
            <translation>Au-delà de la limite : {length} pour {limit}</translation>
        </message>
        <message>
            <source>SmolLM2 135M, built in (draft quality)</source>
            <translation>SmolLM2 135M, intégré (qualité brouillon)</translation>
        </message>
        <message>
            <source>Offline mode is on: this provider needs the network.</source>
            <translation>Le mode hors ligne est activé : ce fournisseur a besoin du réseau.</translation>
        </message>
        <message>
            <source>This campaign is confidential: it is never sent to a cloud provider.</source>
            <translation>Cette campagne est confidentielle : elle n'est jamais envoyée à un fournisseur cloud.</translation>
        </message>
        <message>
            <source>{server}: {model} (local server)</source>
            <translation>{server} : {model} (serveur local)</translation>
        </message>
        <message>
            <source>{server} (local server)</source>
            <translation>{server} (serveur local)</translation>
        </message>
        <message>
            <source>{name} (model on this computer)</source>
            <translation>{name} (modèle sur cet ordinateur)</translation>
        </message>
        <message>
            <source>{name} (cloud)</source>
            <translation>{name} (cloud)</translation>
        </message>
        <message>
            <source>{name} (on your network)</source>
            <translation>{name} (sur votre réseau)</translation>
        </message>
        <message>
            <source>only text assets can be edited as text</source>
            <translation>seuls les éléments texte se modifient comme du texte</translation>
        </message>
        <message>
            <source>the text is empty: write something, or reject the variant</source>
            <translation>le texte est vide : écrivez quelque chose, ou rejetez la variante</translation>
        </message>
        <message>
            <source>The Audio room is not available in this version.</source>
            <translation>L'espace Audio n'est pas disponible dans cette version.</translation>
        </message>
    </context>
</TS>