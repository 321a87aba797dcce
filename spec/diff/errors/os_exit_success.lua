-- os.exit with no argument exits with status 0
print("done")
os.exit()
print("never")
