"""Yuntian (云天售后服务管理系统): caller-ID CRM and after-sales service manager."""

__version__ = "0.1.0"
