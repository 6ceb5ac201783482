"""One error hierarchy. Every error a user can meet says what happened and what to do, in their
language: `message` and `hint` are English source strings translated when shown; `details` is for
the log only (never shown raw to the user, never containing secrets)."""

from __future__ import annotations

from app.core.i18n import tr


class VitrineError(Exception):
    """Base of every error the app reports to a user."""

    message = "Something went wrong."
    hint = ""
    exit_code = 1

    def __init__(self, message: str | None = None, *, hint: str | None = None,
                 details: str = "", **params):
        if message is not None:
            self.message = message
        if hint is not None:
            self.hint = hint
        self.params = params
        self.details = details
        super().__init__(self.user_message())

    def user_message(self) -> str:
        """The message and hint in the current language."""
        text = tr(self.message, **self.params)
        if self.hint:
            text += " " + tr(self.hint, **self.params)
        return text

    def __str__(self) -> str:  # rendered at display time, so a language change applies
        return self.user_message()

    def to_dict(self) -> dict:
        return {"type": type(self).__name__, "message": self.message, "hint": self.hint,
                "params": {k: str(v) for k, v in self.params.items()}, "details": self.details}

    @staticmethod
    def from_dict(data: dict) -> VitrineError:
        if data.get("type") not in _REGISTRY:
            register_all()  # subclasses defined in modules imported since
        cls = _REGISTRY.get(data.get("type", ""), VitrineError)
        err = cls.__new__(cls)
        VitrineError.__init__(err, data.get("message") or None, hint=data.get("hint") or None,
                              details=data.get("details", ""), **data.get("params", {}))
        return err


class UsageError(VitrineError):
    message = "Invalid input: {what}"
    exit_code = 2


class NotFoundError(VitrineError):
    message = "{what} not found: {ident}"
    exit_code = 3

    def user_message(self) -> str:  # `what` is itself an English word to translate
        params = {**self.params, "what": tr(str(self.params.get("what", "")))}
        return tr(self.message, **params)


# --- workspace -------------------------------------------------------------------------------
class WorkspaceError(VitrineError):
    message = "The workspace could not be used: {reason}"


class ReadOnlyWorkspaceError(WorkspaceError):
    message = "The workspace folder {path} cannot be written to."
    hint = "Check its permissions, or choose another folder with --workspace."


class SchemaTooNewError(WorkspaceError):
    message = ("This workspace was saved by a newer version of Vitrine (schema {found}; this "
               "version understands up to {supported}). It was left untouched.")
    hint = "Update Vitrine to open it."


class CorruptDatabaseError(WorkspaceError):
    message = "The workspace database {path} is damaged and cannot be read."
    hint = "The latest backup is {backup}: restore it with 'vitrine workspace restore'."


class DiskFullError(WorkspaceError):
    message = "The disk is full: {path} could not be written. Nothing was lost."
    hint = "Free some space and try again."


# --- policy ----------------------------------------------------------------------------------
class PolicyError(VitrineError):
    message = "This job was refused: {reason}"
    exit_code = 4


class OfflineError(PolicyError):
    message = "Offline mode is on: {provider} needs the network and was not contacted."
    hint = "Use a local provider, or turn offline mode off."


class ConfidentialError(PolicyError):
    message = ("The campaign \u201c{campaign}\u201d is confidential: it is never sent to a cloud "
               "provider ({provider}).")
    hint = "Use a local provider, or change the campaign's confidentiality."


class PersonalDataError(PolicyError):
    message = ("The prompt contains personal data ({kinds}) and would be sent to a cloud "
               "provider ({provider}). Nothing was sent.")
    hint = "Remove it, choose redaction in the settings, or use a local provider."


# --- providers and jobs ----------------------------------------------------------------------
class ProviderError(VitrineError):
    message = "{provider} failed: {reason}"


class ModelNotFoundError(ProviderError):
    message = "The model {model} was not found."
    hint = "Check the model library, import the model, or download it while online."


class ModelFormatError(ProviderError):
    message = "The model {model} cannot be loaded: {reason}"


class UnsafeCheckpointError(ModelFormatError):
    message = ("{model} is a pickled checkpoint (.ckpt/.bin/.pt), which can run code when "
               "loaded. Vitrine only loads .safetensors files.")
    hint = "Use the .safetensors version of this model."


class AuthenticationError(ProviderError):
    message = "{provider} refused the API key (401)."
    hint = "Check the key in Settings > Providers."


class RateLimitError(ProviderError):
    message = "{provider} is limiting requests (429) and still refused after {attempts} attempts."
    hint = "Wait a minute and retry the job."


class ServerError(ProviderError):
    message = "{provider} had an internal error ({status})."
    hint = "Retry later; if it persists, check the service's status page."


class NetworkError(ProviderError):
    message = "{provider} could not be reached: {reason}"
    hint = "Check the network connection or the server address."


class ProviderTimeoutError(ProviderError):
    message = "{provider} did not answer within {seconds} seconds."
    hint = "Retry, or raise the timeout in Settings > Providers."


class OutOfMemoryError(ProviderError):
    message = "The device ran out of memory while running {model}."
    hint = "Use a smaller size, or a lower memory mode in Settings > Devices."


class WorkerCrashedError(VitrineError):
    message = ("The model worker stopped unexpectedly ({reason}). This job failed; the studio "
               "and your work are safe.")
    hint = "Retry the job: a fresh worker starts automatically."


class CancelledError(VitrineError):
    """Raised inside a job when its cancel token is set. The GUI treats it quietly."""

    message = "Cancelled."


class ExportBlockedError(VitrineError):
    message = "Export blocked: {count} item(s) of the checklist need attention."
    exit_code = 5
    reasons: list[str] = []

    def __init__(self, reasons: list[str] | None = None, **kw):
        self.reasons = list(reasons or [])
        kw.setdefault("count", len(self.reasons))
        super().__init__(**kw)


def _collect(cls, table):
    table[cls.__name__] = cls
    for sub in cls.__subclasses__():
        _collect(sub, table)
    return table


_REGISTRY: dict[str, type[VitrineError]] = {}


def register_all() -> None:
    _collect(VitrineError, _REGISTRY)


register_all()
