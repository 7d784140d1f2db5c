print("territory")
