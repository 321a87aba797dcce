-- errors caught at the right level
print(pcall(function()
  local ok, e = pcall(function() error("inner") end)
  print("inner caught:", ok, e)
  error("outer")
end))
print(pcall(pcall))
print(pcall(pcall, 1))
