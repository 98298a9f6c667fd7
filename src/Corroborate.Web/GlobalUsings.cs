// What every endpoint and page file of the server uses; a file adds only what is particular to it.
global using System.Globalization;
global using System.Text;
global using Corroborate.Core.Store;
global using Corroborate.Web.Api;
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Routing;
