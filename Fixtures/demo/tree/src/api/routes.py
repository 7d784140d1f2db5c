from .users import list_users


def routes():
    return {"/users": list_users}
