"""Spreadsheet export (CSV with BOM, XLSX, formulas escaped) and import (dry-run preview, natural keys,
unchanged rows skipped, an imported change is an editor's change and is locked)."""
from __future__ import annotations

import csv
import io
import re
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from tablib import Dataset

from parks.models import Company, Park, ParkGroup
from curation.resources import escape_formula
from projects.models import Project
from projects.resources import ProjectResource

pytestmark = pytest.mark.django_db

PROJECT_FIELDS = ["id", "name", "aliases", "park", "park_name", "companies", "company_names", "investment",
                  "investment_cny", "phase", "status", "review_status"]


def export(client, url_name: str, fmt: str, fields: list[str], resource: str):
    data = {"format": fmt, "resource": "0", **{f"{resource}_{f}": "on" for f in fields}}
    return client.post(reverse(url_name), data)


def test_csv_export_starts_with_a_bom_and_keeps_chinese(editor_client, world):
    response = export(editor_client, "admin:projects_project_export", "0", PROJECT_FIELDS, "projectresource")
    assert response.status_code == 200
    body = response.content
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert list(rows[0])[:3] == ["编号", "名称", "别名"]  # headers in the editor's language
    assert rows[0]["名称"] == "青岛海尔智能制造项目"
    assert rows[0]["投资额"] == "6亿元"
    assert rows[0]["园区名称"] == "青岛国际创新园"
    assert rows[0]["企业名称"] == "青岛海尔"  # ids are for importing; names are for reading


def test_xlsx_export_opens_with_chinese(editor_client, world):
    from openpyxl import load_workbook
    response = export(editor_client, "admin:parks_company_export", "1", ["id", "name", "aliases"], "companyresource")
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert "青岛海尔" in values and "海尔" in values


def test_formulas_are_escaped_on_export(editor_client, world):
    Company.objects.create(name="=HYPERLINK(\"http://x\")", aliases=["@SUM(A1)"])
    response = export(editor_client, "admin:parks_company_export", "0", ["id", "name", "aliases"], "companyresource")
    text = response.content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "'@SUM(A1)" in text
    assert not re.search(r'(^|,)"?=HYPERLINK', text, re.M)


@pytest.mark.parametrize("value, escaped", [("=1+1", "'=1+1"), ("+86", "+86"), ("+A1*2", "'+A1*2"), ("-5", "-5"), ("@x", "'@x"),
                                            ("海尔", "海尔"), (3, 3)])
def test_escape_formula_table(value, escaped):
    assert escape_formula(value) == escaped


def project_csv(project, **changes) -> bytes:
    row = {"id": project.pk, "name": project.name, "aliases": "", "park_id": project.park_id,
           "companies": "|".join(str(c.pk) for c in project.companies.all()), "investment": "6亿元",
           "phase": project.phase, "status": project.status, "review_status": project.review_status}
    row.update(changes)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(row))
    writer.writeheader()
    writer.writerow(row)
    return out.getvalue().encode("utf-8-sig")


def test_import_shows_a_dry_run_preview_then_applies_as_an_editor_change(editor_client, world):
    project = world["project"]
    data = project_csv(project, id="", investment="约3.9亿元")  # no id: found by its natural key (the name)
    preview = editor_client.post(reverse("admin:projects_project_import"), {
        "import_file": SimpleUploadedFile("projects.csv", data), "format": "0", "resource": "0"})
    html = preview.content.decode()
    assert preview.status_code == 200 and "process_import" in html
    project.refresh_from_db()
    assert project.investment_cny == Decimal("600000000") and project.locked_fields == []  # dry run wrote nothing
    confirm = {name: value for name, value in re.findall(r'name="(import_file_name|original_file_name|format|resource)"'
                                                          r'[^>]*value="([^"]*)"', html)}
    editor_client.post(reverse("admin:projects_project_process_import"), confirm)
    project.refresh_from_db()
    assert (project.investment_cny, project.investment_qualifier) == (Decimal("390000000"), "约")
    assert "investment_cny" in project.locked_fields and "investment_text" in project.locked_fields
    assert "name" not in project.locked_fields
    assert project.history.latest().history_user.username == "editor"
    assert Project.objects.count() == 1


def test_unchanged_rows_are_skipped(world):
    project = world["project"]
    from tablib import Dataset
    dataset = Dataset().load(project_csv(project).decode("utf-8-sig"), format="csv")
    result = ProjectResource().import_data(dataset, dry_run=False)
    assert [row.import_type for row in result.rows] == ["skip"]
    project.refresh_from_db()
    assert project.locked_fields == []


def test_an_imported_link_change_locks_that_link(world):
    project, company = world["project"], world["company"]
    other = Company.objects.create(name="海信")
    from tablib import Dataset
    dataset = Dataset().load(project_csv(project, companies=f"{company.pk}|{other.pk}").decode("utf-8-sig"),
                             format="csv")
    result = ProjectResource().import_data(dataset, dry_run=False)
    assert not result.has_errors(), [r.errors for r in result.rows]
    project.refresh_from_db()
    assert set(project.companies.all()) == {company, other}
    assert project.locked_fields == [f"companies:{other.pk}"]


@pytest.mark.parametrize("separator", ["，", "、", ",", ";", "|"])
def test_linked_ids_split_on_every_list_separator_like_aliases(world, separator):
    project, company = world["project"], world["company"]
    other = Company.objects.create(name="海信")
    from tablib import Dataset
    dataset = Dataset().load(project_csv(project, companies=f"{company.pk}{separator}{other.pk}").decode("utf-8-sig"),
                             format="csv")
    result = ProjectResource().import_data(dataset, dry_run=False)
    assert not result.has_errors(), [r.errors for r in result.rows]
    project.refresh_from_db()
    assert set(project.companies.all()) == {company, other}


def test_xlsx_keeps_numbers_as_numbers(editor_client, world):
    from openpyxl import load_workbook
    response = export(editor_client, "admin:projects_project_export", "1", PROJECT_FIELDS, "projectresource")
    sheet = load_workbook(io.BytesIO(response.content)).active
    header = [c.value for c in sheet[1]]
    row = [c.value for c in sheet[2]]
    assert isinstance(row[header.index("编号")], int)
    assert isinstance(row[header.index("投资额(元)")], (int, float)) and row[header.index("投资额(元)")] == 600000000
    assert row[header.index("投资额")] == "6亿元"  # the amount as written stays text


def all_fields(resource) -> list[str]:
    return list(resource().fields)


@pytest.mark.parametrize("url_name, resource", [
    ("admin:parks_park_export", "ParkResource"), ("admin:parks_parkgroup_export", "ParkGroupResource"),
    ("admin:parks_company_export", "CompanyResource"), ("admin:projects_project_export", "ProjectResource"),
    ("admin:projects_fund_export", "FundResource"), ("admin:projects_fact_export", "FactResource")])
def test_an_exported_file_imports_back_unchanged(editor_client, world, url_name, resource):
    """What an export writes (labels, names, amounts as written) an import reads back as the same records."""
    from importlib import import_module

    from projects.models import Fund
    Fund.objects.create(name="青岛产业基金", park=world["park"], size_cny=Decimal("1000000000"),
                        size_amount=Decimal("1000000000"), size_currency="cny", size_text="10亿元")
    world["park"].parent = Park.objects.create(name="青岛高新区", city="青岛")
    world["park"].save()
    group = ParkGroup.objects.create(name="青岛园区组")
    group.members.add(world["park"])
    cls = next(getattr(import_module(m), resource) for m in ("parks.resources", "projects.resources")
               if hasattr(import_module(m), resource))
    response = export(editor_client, url_name, "0", all_fields(cls), cls.__name__.lower())
    dataset = Dataset().load(response.content.decode("utf-8-sig"), format="csv")
    result = cls().import_data(dataset, dry_run=True)
    assert not result.has_errors() and not result.has_validation_errors(), [
        r.error_dict for r in result.invalid_rows]
    assert {r.import_type for r in result.rows} == {"skip"}  # nothing to change


def test_exports_show_linked_records_by_name_codes_by_label_and_amounts_as_numbers(editor_client, world):
    from openpyxl import load_workbook

    from parks.resources import ParkResource
    from projects.models import Fund
    from projects.resources import FactResource, FundResource
    Fund.objects.create(name="青岛产业基金", park=world["park"], size_cny=Decimal("1000000000"),
                        size_amount=Decimal("1000000000"), size_currency="cny", size_text="10亿元")
    child = Park.objects.create(name="青岛国际创新园一期", city="青岛", parent=world["park"])

    def sheet(url_name, cls):
        response = export(editor_client, url_name, "1", all_fields(cls), cls.__name__.lower())
        rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
        return [dict(zip(rows[0], row)) for row in rows[1:]]

    fund = sheet("admin:projects_fund_export", FundResource)[0]
    assert fund["园区名称"] == "青岛国际创新园" and fund["规模"] == "10亿元" and fund["规模(元)"] == 1000000000
    park = next(r for r in sheet("admin:parks_park_export", ParkResource) if r["编号"] == child.pk)
    assert park["上级园区名称"] == "青岛国际创新园" and park["审核状态"] == "待审核"
    fact = sheet("admin:projects_fact_export", FactResource)[0]
    assert (fact["指标"], fact["单位"], fact["主体类型"]) == ("营业收入", "人民币元", "园区")
