"""Derive the national district gazetteer from the areaid package.

Run once when areaid changes: `python scripts/build_gazetteer.py`.
Writes data/vocab/gazetteer.csv (provinces and districts, one row each),
data/vocab/subdistricts.csv (kecamatan with their district) and
data/vocab/gazetteer_alternatives.csv (the other name areaid gives a few districts
in parentheses: 'Sidenreng Rappang (Sidrap)', 'Surakarta (Solo)'). areaid spells
"Sumatra"; official names say "Sumatera", so names are normalised here. A district
is named without its parenthesis, so that the text's 'Kabupaten Sidenreng Rappang'
finds it, and the name in parentheses becomes an alias of it.
Short forms (Barut, Muba, ...) are hand-kept in data/vocab/district_aliases.csv.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from areaid import buka_data, buka_nama

ROOT = Path(__file__).resolve().parents[1]
VOCAB = ROOT / "data" / "vocab"

SPELLING = [(re.compile(r"\bSumatra\b"), "Sumatera")]
PROVINCE_NAMES = {
    "Daerah Khusus Ibukota Jakarta": "DKI Jakarta",
    "Daerah Istimewa Yogyakarta": "DI Yogyakarta",
}


def official(name: str) -> str:
    """Official spelling of an areaid name."""
    for pattern, repl in SPELLING:
        name = pattern.sub(repl, name)
    return PROVINCE_NAMES.get(name, name).strip()


_ALTERNATIVE = re.compile(r"\s*\(([^()]+)\)\s*$")


def split_alternative(name: str) -> tuple[str, str | None]:
    """'Sidenreng Rappang (Sidrap)' -> ('Sidenreng Rappang', 'Sidrap')."""
    m = _ALTERNATIVE.search(name)
    return (name[: m.start()], m.group(1)) if m else (name, None)


def split_kind(full: str) -> tuple[str, str]:
    """'Kabupaten Banyuasin' -> ('kabupaten', 'Banyuasin')."""
    kind, _, short = full.partition(" ")
    return kind.lower(), short


def rows() -> tuple[list[dict], list[dict], list[dict]]:
    areas, subs, alternatives = [], [], []
    for province_raw in buka_nama()["himpunan"]:
        province = official(province_raw)
        areas.append(
            {
                "area": province,
                "level": "province",
                "kind": "provinsi",
                "name": province,
                "province": province,
                "capital": "",
            }
        )
        for entry in buka_data(province_raw.lower()):
            for kab in entry["kabupaten"]:
                full, alternative = split_alternative(official(kab["kab_kota"]))
                kind, name = split_kind(full)
                if alternative:
                    alternatives.append({"alias": alternative, "area": full})
                areas.append(
                    {
                        "area": full,
                        "level": "district",
                        "kind": kind,
                        "name": name,
                        "province": province,
                        "capital": official(kab.get("ibukota") or ""),
                    }
                )
                for kec in kab.get("kecamatan", []):
                    subs.append(
                        {
                            "subdistrict": official(kec["kec"]),
                            "district": full,
                            "province": province,
                        }
                    )
    return areas, subs, alternatives


def write(path: Path, data: list[dict]) -> None:
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(data[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(data, key=lambda r: tuple(r.values())))
    tmp.replace(path)


def main() -> None:
    areas, subs, alternatives = rows()
    write(VOCAB / "gazetteer.csv", areas)
    write(VOCAB / "subdistricts.csv", subs)
    write(VOCAB / "gazetteer_alternatives.csv", alternatives)
    print(
        f"{sum(r['level'] == 'district' for r in areas)} districts, "
        f"{sum(r['level'] == 'province' for r in areas)} provinces, {len(subs)} subdistricts"
    )


if __name__ == "__main__":
    main()
