-- resuming inside pcall and erroring after resume
print(pcall(function()
  local co = coroutine.create(function() coroutine.yield(1); error("x") end)
  print(coroutine.resume(co))
  print(coroutine.resume(co))
  error("after resumes", 0)
end))
