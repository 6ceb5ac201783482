"""Bundles, provenance (C2PA, XMP/IPTC, watermark) and the export report."""
