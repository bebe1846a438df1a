"""Bundles by e-mail: an outbox that sends when a connection is there, an inbox that
imports what trusted members sent (docs/architecture.md, A bundle from export to import).

- `settings`: the account (servers, ports, security, addresses, part size) in the
  database; the password in the OS keyring (service "Minga", "mail/<server>/<user>");
- `transport`: SMTP and IMAP connections, TLS always verified, errors as sentences;
- `outbox`: queueing a bundle (split into parts), sending with retries and backoff;
- `inbox`: finding Minga files in the mailbox, importing them, filing the rest;
- `models`: the tables (revision 0003); `errors`: what went wrong, translatable.

No Qt here: the GUI (`minga.ui.mail`) and the command line use these functions.
"""

from minga.mail import models as models  # registers the tables on Base
