"""The ethics checklist: checks over a campaign's assets, human sign-offs, the export gate.

Each check has a stable id (the review item id), and gives findings with a verdict (pass, needs
sign-off, blocks), the assets and text spans concerned, and a reason in the user's language. The
checks work on plain domain objects (campaign, assets, settings); the services feed them."""
