"""The job engine: a queue, one worker process for local model jobs, a pool for network jobs."""
