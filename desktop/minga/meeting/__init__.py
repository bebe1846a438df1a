"""Sync at the monthly meeting over the room's own network.

The advisor's Minga listens on the local network (`host`), the teachers' Mingas connect
(`member`); what moves are exactly the bundles of a USB stick, through the same verified,
atomic import. `protocol` frames the bytes, `discovery` announces and finds the host over
mDNS / DNS-SD (optional), `state` keeps who is in sync. See docs/meeting.md.
"""
