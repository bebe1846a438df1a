"""Bundles between teachers and their advisor (docs/architecture.md; docs/bundle-format.md).

- `keys`: this installation's signing and encryption keys, fingerprints, key storage;
- `membership`: invitations, joining, the roster, whose bundles are trusted, identity;
- `container`: the bytes of a bundle (prefix, age, strict TAR, parts, atomic files);
- `manifest`, `records`: the manifest and the records as they travel, fully checked;
- `export`: writing bundles; `importer`: verifying then applying them; `merge`: the
  merge rule; `conflicts`: the losing versions, for their owners to restore;
- `errors`: why something was refused, as translatable sentences.

Services take a progress object (`report(done, total, text)`, `check()` raising to
cancel), so the GUI runs them off its thread and shows their results.
"""
