"""A coordinator's hub with its territory tables filled directly (the importer's job in
real life): advisors, networks, figures as numerators and denominators, sessions and
shared practices, with every number known to the test."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from minga.store.db import Database
from minga.store.territory_models import (
    TerritoryAdvisor,
    TerritoryFigure,
    TerritoryNetwork,
    TerritoryPractice,
    TerritorySession,
)

ADVISORS = (("adv-1", "Carolina Fuentes"), ("adv-2", "Rodrigo Tapia"))
COMMUNES = ("Pelluhue", "Chanco", "Cauquenes", "Empedrado")
PRACTICE_TITLES = (
    ("Lectura compartida en aula multigrado", ["LE"], ["1B", "2B", "3B"]),
    ("Huerto escolar y fracciones", ["MA", "CN"], ["4B", "5B"]),
    ("Mapas de la caleta", ["HI"], ["3B", "4B"]),
    ("Resolución de problemas con material concreto", ["MA"], ["1B", "2B"]),
)


@dataclass(frozen=True)
class Filled:
    networks: list[str]
    years: list[int]


def network_id(index: int) -> str:
    return f"mc-{index:03d}"


def fill(
    db: Database,
    *,
    networks: int = 3,
    years: tuple[int, ...] = (2025, 2026),
    practices_per_year: int = 2,
    every_indicator: bool = False,
) -> Filled:
    """`networks` networks, split between the two advisors, each with figures, four
    sessions (three held, two hours each) and a few practices in each year.

    Network i in year y: attendance (10 + i) of (12 + 2i); practices_shared (2 + i) of 7;
    adoption (5 + i) of 10; useful i of (i + 4); `every_indicator` adds the five others,
    each (3 + (i + n) % 5) of 8."""
    ids = [network_id(i) for i in range(networks)]
    with db.session() as session:
        for person_id, name in ADVISORS:
            session.add(
                TerritoryAdvisor(
                    person_id=person_id,
                    name=name,
                    signing_key="s" * 64,
                    encryption_key="age1" + "e" * 58,
                    status="active",
                    accepted_at=dt.datetime(2025, 3, 1, 10, 0, tzinfo=dt.UTC),
                )
            )
        for i, mc in enumerate(ids):
            session.add(
                TerritoryNetwork(
                    microcentre_id=mc,
                    advisor_id=ADVISORS[i % 2][0],
                    name=f"Microcentro {COMMUNES[i % 4]} {i + 1}",
                    region="Maule",
                    commune=COMMUNES[i % 4],
                    annual_focus="Lectura",
                    annual_goal_practices=7,
                    schools=3 + i % 3,
                    teachers=6 + i % 5,
                    report_id=f"rep-{i}",
                    reported_at=dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC),
                )
            )
            for year in years:
                keys = [
                    ("attendance", 10 + i, 12 + 2 * i),
                    ("practices_shared", 2 + i, 7),
                    ("adoption", 5 + i, 10),
                    ("useful", i, i + 4),
                ]
                if every_indicator:
                    keys += [
                        (key, 3 + (i + n) % 5, 8)
                        for n, key in enumerate(
                            ("continuation", "prepared", "trust", "applied", "satisfaction_agree")
                        )
                    ]
                for key, numerator, denominator in keys:
                    session.add(
                        TerritoryFigure(
                            microcentre_id=mc,
                            year=year,
                            key=key,
                            numerator=numerator,
                            denominator=denominator,
                        )
                    )
                for month in range(4):
                    session.add(
                        TerritorySession(
                            id=f"{mc}-s-{year}-{month}",
                            microcentre_id=mc,
                            year=year,
                            date=dt.date(year, 4 + month, 10),
                            hours=2.0,
                            modality="in_person" if month % 2 == 0 else "online",
                            held=month < 3,
                            present=5 if month < 3 else 0,
                            expected=6,
                            practices_presented=1,
                        )
                    )
                for p in range(practices_per_year):
                    title, subjects, levels = PRACTICE_TITLES[(i + p) % len(PRACTICE_TITLES)]
                    session.add(
                        TerritoryPractice(
                            id=f"{mc}-p-{year}-{p}",
                            microcentre_id=mc,
                            year=year,
                            title=f"{title} ({COMMUNES[i % 4]})",
                            description="Los estudiantes leen en voz alta y comentan.",
                            multigrade_strategy="Tutoría entre pares de distintos cursos.",
                            subjects=subjects,
                            levels=levels,
                            oa_codes=["LE01 OA 04"],
                            school_name=f"Escuela Rural {COMMUNES[i % 4]}",
                            presented_on=dt.date(year, 5 + p, 12),
                            version="1",
                        )
                    )
    return Filled(ids, list(years))
