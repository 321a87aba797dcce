-- os.exit with a status ends the script quietly
print("exiting")
os.exit(3)
print("never")
