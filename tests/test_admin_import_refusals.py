"""Imports hold rows to the same rules as the forms: each bad row is refused with a Chinese reason, good rows in the
same file still import, ids decide which record a row updates, and Chinese Excel's GB18030 files are read."""
from __future__ import annotations

import csv
import io
import re
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from tablib import Dataset

from parks.models import Company, Park
from curation.resources import decode_spreadsheet
from parks.resources import CompanyResource
from projects.models import Project
from projects.resources import ProjectResource
from tests.editor_fixtures import make_editor

pytestmark = pytest.mark.django_db


def csv_bytes(rows: list[dict], encoding: str = "utf-8-sig") -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


def run_import(resource, rows: list[dict], user=None):
    dataset = Dataset().load(csv_bytes(rows).decode("utf-8-sig"), format="csv")
    return resource(user=user).import_data(dataset, dry_run=False, use_transactions=True)


def reasons(result) -> list[str]:
    return [str(m) for row in result.invalid_rows for msgs in row.error_dict.values() for m in msgs]


def company_row(company, **changes) -> dict:
    row = {"id": company.pk, "name": company.name, "aliases": "、".join(company.aliases), "kind": company.kind,
           "parks": "", "review_status": company.review_status}
    row.update(changes)
    return row


def project_row(project, **changes) -> dict:
    row = {"id": project.pk, "name": project.name, "aliases": "", "park_id": project.park_id or "",
           "companies": "|".join(str(c.pk) for c in project.companies.all()), "investment": "6亿元",
           "phase": project.phase, "status": project.status, "review_status": project.review_status}
    row.update(changes)
    return row


# ---------------------------------------------------------------- 3. codes and reviews

def test_a_kind_written_in_chinese_is_stored_as_its_code(world):
    company = world["company"]
    result = run_import(CompanyResource, [company_row(company, kind="高校")])
    assert not result.has_validation_errors() and not result.has_errors()
    assert Company.objects.get(pk=company.pk).kind == "university"


def test_an_unknown_kind_is_refused_with_a_reason(world):
    company = world["company"]
    result = run_import(CompanyResource, [company_row(company, kind="公司")])
    assert result.has_validation_errors()
    assert any("不是有效的类型" in r for r in reasons(result))
    assert Company.objects.get(pk=company.pk).kind == "enterprise"


@pytest.mark.parametrize("changes, reason", [({"status": "完成"}, "不是有效的状态"),
                                             ({"review_status": "approved"}, "不是有效的审核状态")])
def test_an_unknown_status_is_refused_and_the_record_stays_in_the_queue(world, changes, reason):
    project = world["project"]
    result = run_import(ProjectResource, [project_row(project, **changes)])
    assert any(reason in r for r in reasons(result)), reasons(result)
    project.refresh_from_db()
    assert (project.status, project.review_status) == ("", "unreviewed")


def test_importing_verified_records_who_verified_and_when(world):
    editor = make_editor()
    project = world["project"]
    result = run_import(ProjectResource, [project_row(project, review_status="已核实")], user=editor)
    assert not result.has_validation_errors(), reasons(result)
    project.refresh_from_db()
    assert project.review_status == "verified"
    assert project.reviewed_by == editor and project.reviewed_at is not None


# ---------------------------------------------------------------- 4. the id decides

def test_a_row_renamed_to_another_records_name_is_refused_not_applied_to_that_record(world):
    company = world["company"]
    other = Company.objects.create(name="京东方", kind="enterprise")
    result = run_import(CompanyResource, [company_row(company, name="京东方", kind="research")])
    assert any("已有同名记录" in r for r in reasons(result)), reasons(result)
    assert Company.objects.get(pk=other.pk).kind == "enterprise"
    assert Company.objects.get(pk=company.pk).name == "青岛海尔"


def test_a_row_with_an_id_updates_that_record_even_when_renamed(world):
    company = world["company"]
    result = run_import(CompanyResource, [company_row(company, name="海尔智家")])
    assert not result.has_validation_errors(), reasons(result)
    assert Company.objects.get(pk=company.pk).name == "海尔智家"
    assert Company.objects.count() == 1


def test_an_id_that_names_no_record_is_refused(world):
    result = run_import(CompanyResource, [company_row(world["company"], id=999999, name="新公司")])
    assert any("不存在" in r for r in reasons(result))
    assert not Company.objects.filter(name="新公司").exists()


# ---------------------------------------------------------------- 5. GB18030

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_files_in_utf8_or_gb18030_are_read(encoding):
    assert decode_spreadsheet("名称,别名\n海尔,海尔集团\n".encode(encoding)) == "名称,别名\n海尔,海尔集团\n"


def test_a_csv_saved_by_chinese_excel_imports_through_the_admin(editor_client, world):
    company = world["company"]
    data = csv_bytes([company_row(company, aliases="海尔、海尔集团")], encoding="gb18030")
    preview = editor_client.post(reverse("admin:parks_company_import"), {
        "import_file": SimpleUploadedFile("公司.csv", data), "format": "0", "resource": "0"})
    html = preview.content.decode()
    assert preview.status_code == 200 and "process_import" in html, html[:2000]
    confirm = dict(re.findall(r'name="(import_file_name|original_file_name|format|resource)"[^>]*value="([^"]*)"',
                              html))
    editor_client.post(reverse("admin:parks_company_process_import"), confirm)
    assert Company.objects.get(pk=company.pk).aliases == ["海尔", "海尔集团"]


# ---------------------------------------------------------------- 6. amounts on import

@pytest.mark.parametrize("investment, reason", [("1" * 24, "金额过大"), ("-500000000", "金额不能为负数"),
                                                ("很多钱", "无法识别的金额")])
def test_a_bad_amount_refuses_its_row_and_the_others_still_import(world, investment, reason):
    project = world["project"]
    second = Project.objects.create(name="第二个项目")
    result = run_import(ProjectResource, [project_row(project, investment=investment),
                                          project_row(second, investment="2000万", companies="")])
    assert any(reason in r for r in reasons(result)), reasons(result)
    assert not result.has_errors()
    assert Project.objects.get(pk=project.pk).investment_cny == Decimal("600000000")
    assert Project.objects.get(pk=second.pk).investment_cny == Decimal("20000000")


def test_the_preview_shows_each_refusal_with_its_reason(editor_client, world):
    project = world["project"]
    data = csv_bytes([project_row(project, investment="1" * 24)])
    preview = editor_client.post(reverse("admin:projects_project_import"), {
        "import_file": SimpleUploadedFile("projects.csv", data), "format": "0", "resource": "0"})
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "金额过大" in html
    assert "numeric field overflow" not in html and "Traceback" not in html


def test_headers_are_read_in_either_language_or_as_codes(world):
    company = world["company"]
    for header in ("类型", "Type", "kind"):
        row = company_row(company)
        row[header] = row.pop("kind") if header != "kind" else row["kind"]
        row[header] = "research"
        result = run_import(CompanyResource, [row])
        assert not result.has_validation_errors(), reasons(result)
        assert Company.objects.get(pk=company.pk).kind == "research"
        Company.objects.filter(pk=company.pk).update(kind="enterprise")


# ---------------------------------------------------------------- 6. facts and funds on import, as on the form

def fact_row(fact, **changes) -> dict:
    row = {"id": fact.pk, "subject_type": fact.subject_type, "subject_id": fact.subject_id,
           "subject_name": fact.subject_name, "metric": fact.metric, "value": str(fact.value), "unit": fact.unit,
           "qualifier": fact.qualifier, "value_text": fact.value_text, "as_of": "", "as_of_text": "",
           "review_status": fact.review_status}
    row.update(changes)
    return row


@pytest.mark.parametrize("changes, reason", [
    ({"as_of": "2099-01-01"}, "时点不能晚于"),
    ({"metric": "enterprises", "unit": "count", "value": "-3"}, "数值不能为负数"),
    ({"metric": "营收"}, "未知的指标：营收"),
    ({"metric": "growth_ratio", "unit": "ratio", "value": "999999999.99"}, "数值过大"),
    ({"qualifier": "左右"}, "不是有效的限定词"),
])
def test_an_impossible_fact_row_is_refused_with_the_forms_reason_and_the_others_still_import(world, changes,
                                                                                            reason):
    from projects.models import Fact
    from projects.resources import FactResource

    fact = world["fact"]
    second = Fact.objects.create(subject_type="park", subject_id=world["park"].pk, subject_name="青岛国际创新园",
                                 metric="enterprises", value=Decimal("50"), unit="count", value_text="50家")
    result = run_import(FactResource, [fact_row(fact, **changes), fact_row(second, as_of="2024-03-31")])
    assert any(reason in r for r in reasons(result)), reasons(result)
    assert not result.has_errors()
    fact.refresh_from_db()
    assert (fact.metric, fact.value, fact.as_of, fact.qualifier) == ("annual_revenue", Decimal("3000000000"), None,
                                                                     "约")
    assert str(Fact.objects.get(pk=second.pk).as_of) == "2024-03-31"


def test_a_fund_row_paid_in_beyond_its_size_is_refused(world):
    from projects.models import Fund
    from projects.resources import FundResource

    fund = Fund.objects.create(name="青岛产业基金", size_cny=Decimal("1000000000"))
    result = run_import(FundResource, [{"id": fund.pk, "name": fund.name, "aliases": "", "park_id": "",
                                        "size": "10亿", "paid_in": "20亿", "invested": "",
                                        "review_status": "unreviewed"}])
    assert any("实缴不能超过基金规模" in r for r in reasons(result)), reasons(result)
    assert Fund.objects.get(pk=fund.pk).paid_in_cny is None


# ---------------------------------------------------------------- every cell an import accepts is stored or refused

def refusals_by_column(result) -> dict[str, list[str]]:
    return {column: [str(m) for m in messages] for row in result.invalid_rows
            for column, messages in row.error_dict.items()}


@pytest.mark.parametrize("cell, reason", [("999999", "没有编号为 999999 的企业/机构"), ("abc", "不是编号：abc"),
                                          ("{company}、999999", "没有编号为 999999 的企业/机构"),
                                          ("99999999999999999999999", "不是编号")])
def test_a_linked_id_that_names_no_record_refuses_the_row_and_keeps_the_links(world, cell, reason):
    """A mistyped company id used to be dropped without a word, and the project lost every company it had."""
    project = world["project"]
    result = run_import(ProjectResource, [project_row(project, companies=cell.format(company=world["company"].pk),
                                                      phase="二期")])
    assert any(reason in r for r in refusals_by_column(result).get("企业编号", [])), refusals_by_column(result)
    assert not result.has_errors()
    project.refresh_from_db()
    assert list(project.companies.all()) == [world["company"]] and project.phase == ""


@pytest.mark.parametrize("cell, reason", [("abc", "不是编号：abc"), ("999999", "没有编号为 999999 的园区")])
def test_a_park_id_that_names_no_park_is_refused_in_chinese(world, cell, reason):
    result = run_import(ProjectResource, [project_row(world["project"], park_id=cell)])
    assert refusals_by_column(result) == {"园区编号": [reason]}
    assert Project.objects.get(pk=world["project"].pk).park == world["park"]


def test_a_cell_the_spreadsheet_library_cannot_read_is_refused_in_the_editors_words(world):
    from projects.resources import FactResource
    result = run_import(FactResource, [fact_row(world["fact"], as_of="去年年底")])
    assert refusals_by_column(result) == {"时点": ["无法读取“时点”：去年年底"]}


def test_a_nul_character_in_a_cell_is_refused_before_it_reaches_the_database(world):
    result = run_import(CompanyResource, [company_row(world["company"], id="", name="海\x00尔")])
    assert refusals_by_column(result) == {"名称": ["不能包含空字符（NUL）"]}
    assert not result.has_errors()


def test_a_subject_id_past_bigint_or_naming_no_record_is_refused(world):
    from projects.resources import FactResource
    fact = world["fact"]
    result = run_import(FactResource, [fact_row(fact, subject_id="9" * 25), fact_row(fact, subject_id="999999")])
    messages = reasons(result)
    assert len(messages) == 2 and "9223372036854775807" in messages[0] and messages[1] == "没有编号为 999999 的园区"
    assert not result.has_errors()


def test_a_fact_corrected_to_a_figure_its_subject_already_has_is_refused_not_a_database_error(world):
    from projects.models import Fact
    from projects.resources import FactResource
    fact = world["fact"]
    other = Fact.objects.create(subject_type="park", subject_id=world["park"].pk, subject_name="青岛国际创新园",
                                metric="annual_revenue", value=Decimal("3100000000"), unit="cny", value_text="31亿元")
    result = run_import(FactResource, [fact_row(fact, value="3100000000")])
    assert refusals_by_column(result) == {"数值": [f"已有同样的数据：{other}（编号 {other.pk}）"]}
    assert not result.has_errors()


def test_a_park_is_neither_its_own_parent_nor_its_childs_child(world):
    from parks.resources import ParkResource
    park = world["park"]
    child = Park.objects.create(name="青岛国际创新园一期", city="青岛", parent=park)
    row = {"id": park.pk, "name": park.name, "city": park.city, "parent_id": park.pk}
    assert refusals_by_column(run_import(ParkResource, [row])) == {"上级园区编号": ["上级园区不能是它自己"]}
    row["parent_id"] = child.pk
    assert refusals_by_column(run_import(ParkResource, [row])) == {"上级园区编号": ["上级园区不能是它的下级园区"]}
    assert Park.objects.get(pk=park.pk).parent is None


def test_the_conflict_flag_is_worked_out_not_imported(world):
    from projects.resources import FactResource
    fact = world["fact"]
    result = run_import(FactResource, [fact_row(fact, has_conflict="0")])
    assert not result.has_validation_errors()
    fact.refresh_from_db()
    assert fact.has_conflict is True and fact.locked_fields == []


def test_each_refusal_names_the_column_by_its_header_never_by_its_code(world):
    from projects.models import Fund
    from projects.resources import FundResource
    fund = Fund.objects.create(name="青岛产业基金")
    result = run_import(FundResource, [{"id": "abc", "name": "x", "size": ""},
                                       {"id": fund.pk, "name": fund.name, "size": "5亿美元"}])
    assert {c for row in result.invalid_rows for c in row.error_dict} == {"编号", "规模"}
    assert reasons(result) == ["编号不是数字：abc", "此金额只接受人民币"]


@pytest.mark.parametrize("data, format_, reason", [(bytes(range(256)) * 4, "0", "文件不是 UTF-8 或 GB18030 编码的文本"),
                                                   (b"PK\x03\x04 not a workbook", "1", "文件格式与所选的不符")])
def test_a_file_that_cannot_be_read_is_refused_in_chinese(editor_client, world, data, format_, reason):
    response = editor_client.post(reverse("admin:parks_company_import"), {
        "import_file": SimpleUploadedFile("公司.csv", data), "format": format_, "resource": "0"})
    html = response.content.decode()
    assert response.status_code == 200 and f"无法读取这个文件：{reason}" in html
    assert "encountered while trying to read file" not in html
