"""The fuzzer's seeds are valid inputs of every parser (so mutations start deep inside
the formats), and its target refuses broken ones only with the documented errors."""

from __future__ import annotations

import io

from minga.sync import container, manifest, membership
from tests.fuzz import run_fuzz


def test_every_seed_is_accepted_by_its_parser() -> None:
    seeds = run_fuzz.seeds()
    by_target = {run_fuzz.TARGETS[s[0]] for s in seeds}
    assert by_target == set(run_fuzz.TARGETS)
    target = run_fuzz.make_target(run_fuzz._modules())
    for seed in seeds:
        target(seed)
        body = seed[1:]
        name = run_fuzz.TARGETS[seed[0]]
        if name == "manifest":
            assert manifest.parse(body, "seed").counts == {"practice": 1}
        elif name == "archive":
            found: list[str] = []
            container.scan_archive(
                io.BytesIO(body),
                "seed",
                container.DEFAULT_LIMITS,
                lambda m, _d, found=found: found.append(m.name),
            )
            assert found[0] == "manifest.json"
        elif name == "invitation":
            assert membership.read_invitation(io.BytesIO(body), "seed").advisor.name == "Rosa"


def test_the_target_survives_truncations_of_every_seed() -> None:
    target = run_fuzz.make_target(run_fuzz._modules())
    for seed in run_fuzz.seeds():
        for cut in range(1, len(seed), max(1, len(seed) // 40)):
            target(seed[:cut])
