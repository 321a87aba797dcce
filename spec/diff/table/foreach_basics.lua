-- foreach visits every pair and stops at a non-nil result
table.foreach({ 10, 20, 30 }, print)
print(table.foreach({ 10, 20, 30 }, function(k, v) if v == 20 then return k, v end end))
print(table.foreach({ x = 1 }, function(k, v) return k .. v end))
print(table.foreach({}, print))
print(pcall(table.foreach, {}, 1))
print(pcall(table.foreach, 1, print))
print(pcall(table.foreach, { 1 }, function() error("inside") end))
