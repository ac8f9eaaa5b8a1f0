from collections import Counter

from odoo import models


class ComplaintStatisticsXlsx(models.AbstractModel):
    """Complaint/repair statistics table (客户投诉、报修统计表) with a summary."""

    _name = "report.csd_complaints.complaint_statistics_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Complaint and Repair Statistics XLSX"

    def _selection_label(self, record, field_name):
        value = record[field_name]
        return dict(record._fields[field_name]._description_selection(self.env)).get(
            value, value or ""
        )

    def generate_xlsx_report(self, workbook, data, tickets):
        bold = workbook.add_format({"bold": True})
        date_fmt = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
        money = workbook.add_format({"num_format": "#,##0.00"})
        sheet = workbook.add_worksheet(self.env._("Statistics"))
        headers = [
            self.env._("Number"),
            self.env._("Received"),
            self.env._("Customer"),
            self.env._("Type"),
            self.env._("Channel"),
            self.env._("Category"),
            self.env._("Responsible Department"),
            self.env._("Severity"),
            self.env._("Stage"),
            self.env._("Assigned to"),
            self.env._("Resolved"),
            self.env._("Resolved at First Contact"),
            self.env._("Second Complaint"),
            self.env._("Recovery Cost"),
        ]
        sheet.write_row(0, 0, headers, bold)
        tickets = tickets.sorted("create_date")
        for row, ticket in enumerate(tickets, start=1):
            sheet.write(row, 0, ticket.number)
            sheet.write_datetime(row, 1, ticket.create_date, date_fmt)
            sheet.write(row, 2, ticket.partner_id.name or ticket.partner_name or "")
            sheet.write(row, 3, self._selection_label(ticket, "ticket_type"))
            sheet.write(row, 4, ticket.channel_id.name or "")
            sheet.write(row, 5, ticket.category_id.name or "")
            sheet.write(row, 6, ticket.responsible_department_id.name or "")
            sheet.write(row, 7, self._selection_label(ticket, "severity"))
            sheet.write(row, 8, ticket.stage_id.name or "")
            sheet.write(row, 9, ticket.user_id.name or "")
            sheet.write(row, 10, 1 if ticket.closed else 0)
            sheet.write(row, 11, 1 if ticket.first_contact_resolved else 0)
            sheet.write(row, 12, 1 if ticket.is_second_complaint else 0)
            sheet.write_number(row, 13, ticket.recovery_cost, money)
        sheet.autofilter(0, 0, max(len(tickets), 1), len(headers) - 1)

        summary = workbook.add_worksheet(self.env._("Summary"))
        row = 0
        if data and data.get("date_from"):
            summary.write(row, 0, self.env._("Period"), bold)
            summary.write(row, 1, f"{data['date_from']} – {data['date_to']}")
            row += 2
        complaints = tickets.filtered(lambda t: t.ticket_type == "complaint")
        totals = [
            (self.env._("Tickets"), len(tickets)),
            (self.env._("Complaints"), len(complaints)),
            (
                self.env._("Repairs"),
                len(tickets.filtered(lambda t: t.ticket_type == "repair")),
            ),
            (self.env._("Resolved"), len(tickets.filtered("closed"))),
            (
                self.env._("Resolved at First Contact"),
                len(tickets.filtered("first_contact_resolved")),
            ),
            (
                self.env._("Second Complaints"),
                len(complaints.filtered("is_second_complaint")),
            ),
            (
                self.env._("Second-complaint Rate (%)"),
                round(
                    100.0
                    * len(complaints.filtered("is_second_complaint"))
                    / len(complaints),
                    1,
                )
                if complaints
                else 0.0,
            ),
            (self.env._("Recovery Cost"), sum(tickets.mapped("recovery_cost"))),
        ]
        for label, value in totals:
            summary.write(row, 0, label, bold)
            summary.write(row, 1, value)
            row += 1
        breakdowns = [
            (self.env._("By Type"), lambda t: self._selection_label(t, "ticket_type")),
            (
                self.env._("By Channel"),
                lambda t: t.channel_id.name or self.env._("Undefined"),
            ),
            (
                self.env._("By Category"),
                lambda t: t.category_id.name or self.env._("Undefined"),
            ),
            (
                self.env._("By Department"),
                lambda t: t.responsible_department_id.name or self.env._("Undefined"),
            ),
            (self.env._("By Severity"), lambda t: self._selection_label(t, "severity")),
        ]
        for title, key in breakdowns:
            row += 1
            summary.write(row, 0, title, bold)
            row += 1
            for label, count in sorted(Counter(map(key, tickets)).items()):
                summary.write(row, 0, label)
                summary.write(row, 1, count)
                row += 1
