"""The report runner: notebooks executed in place, one HTML page each, an index linking them."""

from __future__ import annotations

import nbformat

from helpers import report


def test_report_executes_notebooks_and_links_one_page_each(tmp_path) -> None:
    notebooks = report.stub_notebooks(tmp_path, 1) + report.stub_notebooks(
        tmp_path, 1, report.IMPORTS_ONLY, "imports"
    )
    pages = report.run(notebooks, tmp_path / "out", quiet=True)

    assert [p.name for p in pages] == ["empty_00.html", "imports_00.html"]
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    for page in pages:
        assert page.is_file() and f'href="{page.name}"' in index
    executed = nbformat.read(notebooks[1], as_version=4).cells[0]
    assert executed.execution_count == 1, "saved in place with its outputs"
    assert not [o for o in executed.outputs if o.output_type == "error"]
    assert "execution" not in executed.metadata, "no timestamps: reruns are byte-identical"


def test_index_escapes_page_names(tmp_path) -> None:
    page = tmp_path / "a<b>.html"
    assert 'href="a&lt;b&gt;.html"' in report.index_html([page])
