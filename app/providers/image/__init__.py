"""Image providers: local diffusers pipelines (worker process) and the OpenAI Images API (network
pool), with what they share: formats, previews, file metadata. torch and diffusers are imported
inside the functions that use them."""
