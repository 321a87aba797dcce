-- output before an error inside pcall is kept
print(pcall(function()
  print("partial")
  io.write("no newline ")
  error("stop")
end))
