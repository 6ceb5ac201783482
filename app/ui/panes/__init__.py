"""The panes of the studio window, one per kind of asset (built when their tab is first shown)."""
