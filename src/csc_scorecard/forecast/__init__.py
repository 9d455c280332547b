"""Demand forecasts of children looked after, on a child protection plan and in need (issue 15)."""
