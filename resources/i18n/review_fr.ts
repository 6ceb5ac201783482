<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>review</name>
        <message>
            <source>campaign id or name</source>
            <translation>identifiant ou nom de la campagne</translation>
        </message>
        <message>
            <source>the bundle folder to create</source>
            <translation>le dossier du lot à créer</translation>
        </message>
        <message>
            <source>public: no prompts, seeds or notes; internal: the full recipe</source>
            <translation>public : ni prompts, ni graines, ni notes ; interne : la recette complète</translation>
        </message>
        <message>
            <source>do not embed the sRGB colour profile in images</source>
            <translation>ne pas intégrer le profil de couleur sRGB dans les images</translation>
        </message>
        <message>
            <source>warning: {message}</source>
            <translation>attention : {message}</translation>
        </message>
        <message>
            <source>Exported {n} asset(s) to {path} ({profile})</source>
            <translation>{n} ressource(s) exportée(s) dans {path} ({profile})</translation>
        </message>
        <message>
            <source>export a campaign's approved assets as a bundle</source>
            <translation>exporter les ressources approuvées d'une campagne en un lot</translation>
        </message>
        <message>
            <source>only the approved assets (what an export takes)</source>
            <translation>seulement les ressources approuvées (ce que prend un export)</translation>
        </message>
        <message>
            <source>the review item id</source>
            <translation>l'identifiant du point de revue</translation>
        </message>
        <message>
            <source>only this asset (default: every asset the item concerns now)</source>
            <translation>seulement cette ressource (par défaut : toutes celles que le point concerne maintenant)</translation>
        </message>
        <message>
            <source>who signs</source>
            <translation>qui signe</translation>
        </message>
        <message>
            <source>why it is fine</source>
            <translation>pourquoi c'est acceptable</translation>
        </message>
        <message>
            <source>Export blocked: some items need attention.</source>
            <translation>Export bloqué : certains points demandent votre attention.</translation>
        </message>
        <message>
            <source>Nothing blocks an export.</source>
            <translation>Rien ne bloque un export.</translation>
        </message>
        <message>
            <source>the ethics checklist of a campaign</source>
            <translation>la liste de contrôle éthique d'une campagne</translation>
        </message>
        <message>
            <source>sign a review item off</source>
            <translation>valider un point de la revue</translation>
        </message>
        <message>
            <source>--campaign is required</source>
            <translation>--campaign est obligatoire</translation>
        </message>
        <message>
            <source>Signed off {item} for {asset} by {by}</source>
            <translation>{item} validé pour {asset} par {by}</translation>
        </message>
        <message>
            <source>the campaign</source>
            <translation>la campagne</translation>
        </message>
        <message>
            <source>nothing to export: no asset of “{campaign}” is approved</source>
            <translation>rien à exporter : aucune ressource de « {campaign} » n'est approuvée</translation>
        </message>
        <message>
            <source>Approve assets first (vitrine assets set ID --status approved).</source>
            <translation>Approuvez d'abord des ressources (vitrine assets set ID --status approved).</translation>
        </message>
        <message>
            <source>unknown review item “{item}” (items: {items})</source>
            <translation>point de revue inconnu « {item} » (points : {items})</translation>
        </message>
        <message>
            <source>a sign-off needs a note saying why</source>
            <translation>une validation demande une note qui dit pourquoi</translation>
        </message>
        <message>
            <source>the asset {asset} belongs to another campaign</source>
            <translation>la ressource {asset} appartient à une autre campagne</translation>
        </message>
        <message>
            <source>the item {item} has nothing to sign off for the asset {asset}</source>
            <translation>le point {item} n'a rien à valider pour la ressource {asset}</translation>
        </message>
        <message>
            <source>the item {item} cannot be cleared by a sign-off: fix what it reports</source>
            <translation>le point {item} ne peut pas être levé par une validation : corrigez ce qu'il signale</translation>
        </message>
        <message>
            <source>the item {item} has nothing to sign off</source>
            <translation>le point {item} n'a rien à valider</translation>
        </message>
    </context>
</TS>