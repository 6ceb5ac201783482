"""The model library: models already on disk (Hugging Face cache, diffusers folders, single
.safetensors files in the folders of A1111, ComfyUI, InvokeAI, Fooocus and the user's own), the
catalog of licences, import and download. Nothing here imports torch or diffusers at module import;
listing models reads file headers only."""
