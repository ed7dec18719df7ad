"""The table of outputs (exporter.write.OUTPUTS) is what an export writes. Needs no ../shared."""

from __future__ import annotations

from pathlib import Path

from exporter import export
from exporter.model import Model
from exporter.write import OUTPUTS, Output, output, rendered_outputs
from exporter.write.oim import DEFAULT_FORMATS

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "innovo-2003q3-ex99-1.txt"


def test_every_output_has_one_key_and_a_file_name_with_an_extension() -> None:
    assert len({o.key for o in OUTPUTS}) == len(OUTPUTS)
    assert len({o.suffix for o in OUTPUTS}) == len(OUTPUTS)
    assert all("." in o.suffix for o in OUTPUTS)
    assert output("calculation").file_name("acme-20240630") == "acme-20240630_cal.xml"


def test_the_instance_is_rendered_for_arelle_even_when_only_inline_is_asked_for() -> None:
    assert [o.key for o in rendered_outputs(["ixbrl"])] == [
        "instance", "schema", "labels", "presentation", "calculation", "inline", "memory"]
    assert "inline" not in [o.key for o in rendered_outputs(["xml"])]


def _summary(model: Model) -> bytes:
    return f"{model.base}: {len(model.facts)} facts\n".encode()


def test_an_export_writes_the_table_and_an_added_output(tmp_path: Path) -> None:
    extra = Output("summary", "_summary.txt", None, _summary)
    result = export(EXAMPLE, tmp_path, validate=False, writers=[extra])
    base = result.model.base
    expected = {o.key for o in OUTPUTS if o.format is None or o.format in DEFAULT_FORMATS} | {"summary"}
    assert set(result.files) == expected
    for key, path in result.files.items():
        assert path.name == (extra if key == "summary" else output(key)).file_name(base)
        assert path.is_file()
    assert result.files["summary"].read_text() == f"{base}: {len(result.model.facts)} facts\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in result.files.values())
