"""Why a bundle, an invitation or a key was refused: typed errors with English templates.

The command line prints `message()` and exits 2; the GUI shows the same sentence (and,
for `NewMemberError`, a confirmation with the fingerprint). Every refusal happens before
anything is written, so each message can promise that nothing changed.
"""

from __future__ import annotations

from minga.domain.errors import MingaError
from minga.i18n import QT_TRANSLATE_NOOP, Catalog, catalog


class SyncError(MingaError):
    template = QT_TRANSLATE_NOOP("errors", "The bundle could not be used; nothing was changed.")


# --- reading the file -----------------------------------------------------------------


class NotABundleError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is not a Minga bundle or invitation. Nothing was changed.",
    )


class UnreadableFileError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{name} does not exist or cannot be read: {reason}. Nothing was changed."
    )


class NewerFormatError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} was made by a newer Minga (bundle format {version}). Update Minga to "
        "import it; nothing was changed.",
    )


class NewerFormatRequiresError(NewerFormatError):
    """A bundle of a later format that names the Minga it needs (docs/bundle-format.md,
    Compatibility)."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name}: this bundle requires Minga {required} or later (bundle format {version}). "
        "Update Minga to import it; nothing was changed.",
    )


class NoInstallerError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "There is no Minga installer (.exe or .deb) in {path}. Nothing was written.",
    )


class NewerSchemaError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} was made by a newer Minga (data version {schema}). Update Minga to "
        "import it; nothing was changed.",
    )


class MissingPartError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Part {part} of {name} is missing. Put every part in the same folder and try "
        "again; nothing was changed.",
    )


class NotForYouError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is not addressed to you: it was encrypted for other people's keys. Ask "
        "the sender to export a bundle for you; nothing was changed.",
    )


class DamagedBundleError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is damaged or incomplete (was the copy interrupted? are all its parts "
        "here?). Copy it again; nothing was changed.",
    )


class TamperedBundleError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} was altered after it was signed, or its signature is not valid. It was "
        "not imported; nothing was changed.",
    )


class MalformedBundleError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} does not follow the bundle format ({detail}). It was not imported; "
        "nothing was changed.",
    )


class RecordOwnerError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} contains records that belong to someone other than its sender {sender}. "
        "It was not imported; nothing was changed.",
    )


class PrivateRecordError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} contains records its author kept private or for the advisor only. It was "
        "not imported; nothing was changed.",
    )


class UnauthorizedRecordError(RecordOwnerError):
    """A record its owner may not write (minga.domain.authorization); `reason` is the
    table's sentence, translated in its own context."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} contains a record of kind '{kind}' that may not be accepted: {reason} It "
        "was not imported; nothing was changed.",
    )

    def message(self, cat: Catalog | None = None) -> str:
        cat = cat or catalog()
        params = dict(self.params)
        reason = cat("authorization", str(params.get("reason", "")), **params)
        params["reason"] = reason
        return cat("errors", self.template, **params)


# --- trust ----------------------------------------------------------------------------


class NewMemberError(SyncError):
    """A bundle from someone the advisor has not accepted yet (the GUI asks to accept)."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} comes from {sender}, who is not a member of your microcentre yet. Their "
        "key fingerprint is {fingerprint}: confirm it with them (in person or by phone) "
        "before accepting them. Nothing was changed.",
    )

    @property
    def sender_id(self) -> str:
        return str(self.params.get("sender_id", ""))


class KeyChangedError(SyncError):
    """A member already known here, signing with another key: never accepted as a new
    member (that would hand her identity to whoever holds the key)."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} says it comes from {sender}, who is already a member, but it is signed "
        "with another key (fingerprint {fingerprint}). It was not imported: a member's "
        "key is never replaced by accepting new members. If {sender} really changed "
        "computers or keys, only the advisor can admit them again with their new key. "
        "Nothing was changed.",
    )

    @property
    def sender_id(self) -> str:
        return str(self.params.get("sender_id", ""))


class RemovedMemberError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} comes from {sender}, who was removed from the microcentre. It was not "
        "imported; nothing was changed.",
    )


class RejoiningMemberError(NewMemberError):
    """(Advisor) The first bundle of a member invited back ("Volver a incorporar") with
    her new keys: accepted only on the advisor's word, after comparing fingerprints."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} comes from {sender}, whom you invited back, with new keys (fingerprint "
        "{fingerprint}). Compare it with the fingerprint {sender} reads to you (in person "
        "or by phone) before accepting: her old keys will be revoked. Nothing was changed.",
    )


class RevokedKeyError(SyncError):
    """A bundle signed with keys the advisor replaced when the member came back."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is signed with old keys of {sender} (fingerprint {fingerprint}), revoked "
        "when {sender} came back with a new computer. It was not imported: ask {sender} "
        "for a bundle made on her new computer. Nothing was changed.",
    )


class UntrustedSenderError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is signed by {sender} (fingerprint {fingerprint}), who is neither your "
        "advisor nor a member your advisor vouched for. It was not imported; nothing was "
        "changed.",
    )


class NotAMemberError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "You have not joined a microcentre yet: import the invitation file your advisor "
        "gave you first.",
    )


class OwnBundleError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} was made on this computer. Import it on the computer of the person it is "
        "for; nothing was changed.",
    )


# --- invitations ----------------------------------------------------------------------


class InvitationError(SyncError):
    template = QT_TRANSLATE_NOOP("errors", "The invitation could not be used.")


class AdvisorOnlyError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Only the advisor can do this; this installation belongs to a teacher."
    )


class NoMicrocentreError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This installation has no microcentre yet. Set it up with "
        "'minga init --role advisor --microcentre NAME'.",
    )


class InvitationForAdvisorError(InvitationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Invitations are for teachers; this installation belongs to an advisor. Nothing "
        "was changed.",
    )


class RejoinOtherPersonError(InvitationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This invitation lets {person} come back with a new computer, but this Minga already "
        "belongs to {current}. Import it in a new installation (before setting it up). "
        "Nothing was changed.",
    )


class RejoinNotAllowedError(InvitationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{person} cannot be invited back: only an active teacher of the microcentre can "
        "(not the advisor, not a removed member). Nothing was written.",
    )


class OtherMicrocentreError(InvitationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This invitation is for {microcentre}, but you already belong to another "
        "microcentre with another advisor. Nothing was changed.",
    )


class AdvisorKeyChangedError(InvitationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This invitation is signed with a key (fingerprint {fingerprint}) that is not the "
        "one of the advisor you already trust. Ask your advisor; nothing was changed.",
    )


# --- export ---------------------------------------------------------------------------


class ExportError(SyncError):
    template = QT_TRANSLATE_NOOP("errors", "The bundle could not be written.")


class NoRecipientsError(ExportError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Nobody can receive this bundle yet: no member has sent you a bundle with their keys.",
    )


class UnknownRecipientError(ExportError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{person} is not a member you can send bundles to (unknown, removed, or their "
        "keys have not arrived yet).",
    )


class WriteBundleError(ExportError):
    template = QT_TRANSLATE_NOOP("errors", "The bundle could not be written to {path}: {reason}")


# --- keys -----------------------------------------------------------------------------


class KeyProblemError(SyncError):
    template = QT_TRANSLATE_NOOP("errors", "The keys of this installation could not be used.")


class NoPassphraseError(KeyProblemError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "There is no system keyring on this computer, so Minga keeps its private keys in "
        "{path}, protected by a passphrase. Set the environment variable "
        "MINGA_KEY_PASSPHRASE or run Minga in a terminal to type it.",
    )


class WrongPassphraseError(KeyProblemError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The passphrase does not open the key file {path}. Nothing was changed."
    )


class DamagedKeyFileError(KeyProblemError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The key file {path} is damaged. Restore a backup made with your keys, or ask "
        "your advisor to invite you back (Integrantes, 'Volver a incorporar') and import "
        "that invitation here.",
    )


class KeysMissingError(KeyProblemError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The private keys of this installation are not on this computer ({place}). If you "
        "moved to a new computer, restore the backup made with your keys ('minga backup "
        "--with-keys'); without one, ask your advisor to invite you back (Integrantes, "
        "'Volver a incorporar') and import that invitation here.",
    )


class KeysInUseError(KeyProblemError):
    """`identity --new-keys` on an installation whose keys the network already knows."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "Your network already knows the keys of this installation: with new ones, your "
        "bundles would be refused. If you lost your keys, restore a backup made with them, "
        "or ask your advisor to invite you back (Integrantes, 'Volver a incorporar'). "
        "Nothing was changed.",
    )


class NoKeysYetError(KeyProblemError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This installation has no keys yet, so no bundle can have been made for it. Import "
        "your advisor's invitation first; nothing was changed.",
    )


class KeyStoreFailedError(KeyProblemError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The private keys could not be saved in {place}: {reason}"
    )
