"""A provider configured as cloud that speaks the Chat Completions protocol to the test server
on loopback: it stands for any cloud text API in the personal-data test (the real OpenAI
provider is the text work's)."""

from __future__ import annotations

import json
import urllib.request

from app.core.assets import AssetKind, GeneratedOutput, GenerationRecord, Where
from app.providers.base import ProviderInfo, RunsIn


class ChatCloudProvider:
    id = "chat-cloud"
    kind = "text"
    runs_in = RunsIn.POOL

    @classmethod
    def describe(cls, request, settings) -> ProviderInfo:
        return ProviderInfo(id=cls.id, kind="text", label="Chat Cloud", where=Where.CLOUD,
                            runs_in=cls.runs_in, model="gpt-test", endpoint="127.0.0.1",
                            configured_as_cloud=True)

    def generate(self, request, ctx):
        messages = [{"role": "system", "content": request.system_prompt}] \
            if request.system_prompt else []
        messages.append({"role": "user", "content": request.prompt})
        body = json.dumps({"model": "gpt-test", "messages": messages}).encode()
        req = urllib.request.Request(request.base_url + "/v1/chat/completions", data=body,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as response:
            answer = json.load(response)["choices"][0]["message"]["content"]
        return [GeneratedOutput(kind=AssetKind.TEXT, data=answer.encode(), ext="md",
                                text=answer, record=GenerationRecord(
                                    provider=self.id, model="gpt-test", where=Where.CLOUD,
                                    endpoint="127.0.0.1", prompt=request.prompt))]
