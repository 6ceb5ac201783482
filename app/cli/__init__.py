"""The command line: the same services as the window, for scripting, batch work and checks."""
