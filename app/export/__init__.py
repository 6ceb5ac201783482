"""Provenance and export: C2PA manifests signed with the app's (or the organisation's)
certificate chain, XMP/IPTC metadata, an invisible watermark, disclosure lines, the report, and
bundles written atomically (complete or absent)."""
