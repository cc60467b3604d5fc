using System;
using NewsDesk;

return NewsDeskApp.Run(args, Console.Out);
