def test_routes():
    assert True
