from odoo import models


class CsdTicketSlaXlsx(models.AbstractModel):
    """SLA compliance workbook: one sheet per way of looking at it."""

    _name = "report.csd_complaints.report_csd_ticket_sla_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "SLA Compliance (XLSX)"

    def _groupings(self):
        return [
            ("team_id", self.env._("By Team")),
            ("user_id", self.env._("By Agent")),
            ("ticket_type", self.env._("By Type")),
            ("policy_id", self.env._("By Policy")),
            ("start_date:month", self.env._("By Month")),
        ]

    def generate_xlsx_report(self, workbook, data, objects):
        bold = workbook.add_format({"bold": True, "bg_color": "#DDDDDD"})
        percent = workbook.add_format({"num_format": "0.0"})
        headers = [
            "",
            self.env._("Met"),
            self.env._("Breached"),
            self.env._("Open"),
            self.env._("Compliance (%)"),
            self.env._("Avg. Hours to Reach"),
        ]
        domain = [("id", "in", objects.ids)]
        types = dict(objects._fields["ticket_type"]._description_selection(self.env))
        for groupby, title in self._groupings():
            sheet = workbook.add_worksheet(title[:31])
            sheet.set_column(0, 0, 32)
            sheet.set_column(1, 5, 16)
            sheet.write_row(0, 0, headers, bold)
            groups = objects._read_group(
                domain,
                [groupby, "state"],
                ["__count", "elapsed_hours:avg"],
            )
            rows = {}
            for key, state, count, hours in groups:
                label = types.get(key, key) if groupby == "ticket_type" else key
                row = rows.setdefault(_label(label), {"hours": []})
                row[state] = row.get(state, 0) + count
                if hours:
                    row["hours"].append((hours, count))
            for index, (label, row) in enumerate(sorted(rows.items()), start=1):
                met, late = row.get("met", 0), row.get("breached", 0)
                opened = sum(row.get(s, 0) for s in ("running", "paused", "warning"))
                weight = sum(c for _h, c in row["hours"])
                hours = sum(h * c for h, c in row["hours"]) / weight if weight else ""
                sheet.write_row(index, 0, [label, met, late, opened])
                if met + late:
                    sheet.write(index, 4, 100.0 * met / (met + late), percent)
                sheet.write(index, 5, hours, percent)


def _label(key):
    if hasattr(key, "display_name"):
        return key.display_name or "-"
    if hasattr(key, "strftime"):
        return key.strftime("%Y-%m")
    return str(key or "-")
